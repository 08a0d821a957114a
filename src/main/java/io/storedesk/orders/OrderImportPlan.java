package io.storedesk.orders;

import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.MessageKey;
import io.storedesk.importing.FieldChange;
import io.storedesk.importing.ImportJobRecorder;
import io.storedesk.importing.ImportPlan;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import io.storedesk.sync.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides what every order line does. Lines are grouped into orders by channel and order number; an order
 * is created whole or not at all (one refused line refuses its order), an order the store already has is
 * left unchanged. A credit note's lines stand alone: each becomes a refund of the buyer's earlier purchase,
 * or is refused when there is none to refund.
 */
final class OrderImportPlan implements ImportPlan {

    private final OrderImportContext context;
    private final List<OrderImportRow> rows;
    private final RowOutcome[] outcomes;
    private final Map<String, Optional<Channel>> channels = new HashMap<>();
    private final Map<String, Sku> knownSkus;
    private final MissingSkus missingSkus = new MissingSkus();
    private final List<OrderDraft> drafts = new ArrayList<>();
    private final List<RefundDraft> refunds = new ArrayList<>();

    OrderImportPlan(List<OrderImportRow> rows, OrderImportContext context) {
        this.context = context;
        this.rows = rows;
        this.outcomes = new RowOutcome[rows.size()];
        Map<OrderKey, List<Integer>> groups = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            OrderImportRow row = rows.get(i);
            groups.computeIfAbsent(new OrderKey(channelOf(row), row.orderNo()), k -> new ArrayList<>(4)).add(i);
            codes.add(row.sku());
            missingSkus.see(row);
        }
        knownSkus = context.catalog().skusByCode(codes);
        Map<String, Set<String>> existingOrders = existingOrders(groups.keySet());
        List<List<Integer>> creditNotes = new ArrayList<>();
        for (Map.Entry<OrderKey, List<Integer>> group : groups.entrySet()) {
            List<OrderImportRow> lines = group.getValue().stream().map(rows::get).toList();
            if (isCreditNote(lines)) {
                creditNotes.add(group.getValue());
            } else if (existingOrders.getOrDefault(group.getKey().channel(), Set.of()).contains(group.getKey().orderNo())) {
                group.getValue().forEach(i -> outcomes[i] = outcome(rows.get(i), RowStatus.UNCHANGED, List.of()));
            } else {
                decideOrder(group.getKey(), group.getValue());
            }
        }
        decideCreditNotes(creditNotes);
    }

    private String channelOf(OrderImportRow row) {
        return row.channel() != null ? row.channel() : OrderImport.DEFAULT_CHANNEL;
    }

    private Optional<Channel> channel(String code) {
        return channels.computeIfAbsent(code, c -> context.channels().findByCode(c));
    }

    /** The order numbers each channel already holds, among those of the file. */
    private Map<String, Set<String>> existingOrders(Collection<OrderKey> keys) {
        Map<String, List<String>> numbers = new HashMap<>();
        keys.forEach(k -> numbers.computeIfAbsent(k.channel(), c -> new ArrayList<>()).add(k.orderNo()));
        Map<String, Set<String>> existing = new HashMap<>();
        numbers.forEach((code, orderNos) -> channel(code).ifPresent(channel ->
                existing.put(code, context.orders().orderIds(channel.id(), orderNos).keySet())));
        return existing;
    }

    /** A credit note (C536379) or an export of returns, where every line gives money back. */
    private static boolean isCreditNote(List<OrderImportRow> lines) {
        return lines.get(0).isCreditNoteNumber() || lines.stream().allMatch(r -> r.quantity() < 0
                && r.unitPrice() != null && r.unitPrice().signum() > 0);
    }

    private void decideOrder(OrderKey key, List<Integer> indexes) {
        OrderImportRow first = rows.get(indexes.get(0));
        Map<Integer, List<RowProblem>> problems = new HashMap<>();
        List<DraftLine> lines = new ArrayList<>(indexes.size());
        Instant placedAt = null;
        for (int i : indexes) {
            OrderImportRow row = rows.get(i);
            List<RowProblem> rowProblems = new ArrayList<>(row.problems());
            if (rowProblems.isEmpty()) {
                checkChannel(row, key.channel(), rowProblems);
                if (!Objects.equals(row.customer(), first.customer())) {
                    rowProblems.add(problem(row, "customer", Objects.requireNonNullElse(row.customer(), ""),
                            "import.reason.orderBuyerDiffers", first.row()));
                }
                LineKind kind = lineKind(row, rowProblems);
                if (rowProblems.isEmpty()) {
                    lines.add(new DraftLine(lines.size() + 1, row.sku(), row.title(), kind, (int) row.quantity(),
                            row.unitPrice(), row.unitPrice().multiply(BigDecimal.valueOf(row.quantity()))));
                    placedAt = placedAt == null || placedAt.isAfter(row.placedAt()) ? row.placedAt() : placedAt;
                }
            }
            if (!rowProblems.isEmpty()) {
                problems.put(i, rowProblems);
            }
        }
        if (!problems.isEmpty()) {
            refuseOrder(indexes, problems);
            return;
        }
        drafts.add(new OrderDraft(key.channel(), key.orderNo(), first.customer(), placedAt, firstGiven(indexes,
                OrderImportRow::status, OrderStatus.DELIVERED), firstGiven(indexes, OrderImportRow::country, null),
                firstGiven(indexes, OrderImportRow::province, null), firstGiven(indexes, OrderImportRow::city, null),
                lines));
        indexes.forEach(i -> outcomes[i] = outcome(rows.get(i), RowStatus.NEW, List.of()));
    }

    private <T> T firstGiven(List<Integer> indexes, Function<OrderImportRow, T> value, T otherwise) {
        for (int i : indexes) {
            T v = value.apply(rows.get(i));
            if (v != null) {
                return v;
            }
        }
        return otherwise;
    }

    /** Goods are sold at a price of zero or more; a negative quantity of goods at no price writes stock off. */
    private LineKind lineKind(OrderImportRow row, List<RowProblem> problems) {
        if (!knownSkus.containsKey(row.sku()) && !context.createMissingSkus()) {
            problems.add(problem(row, "sku", row.sku(), "import.reason.unknownSku"));
        }
        LineKind kind = kindOf(row.sku());
        if (kind != LineKind.SALE) {
            return kind;
        }
        if (row.unitPrice().signum() < 0) {
            problems.add(problem(row, "unit_price", row.unitPrice().toPlainString(), "import.reason.negativePrice"));
        } else if (row.quantity() < 0 && row.unitPrice().signum() > 0) {
            problems.add(problem(row, "quantity", String.valueOf(row.quantity()), "import.reason.returnInOrder"));
        } else if (row.quantity() < 0) {
            return LineKind.ADJUSTMENT;
        }
        return kind;
    }

    /**
     * What the code is: as the catalog says, or for a code it lacks, goods unless it is a known non-goods
     * code. A refund needs no SKU, so a credit note may name codes the catalog lacks.
     */
    private LineKind kindOf(String code) {
        Sku sku = knownSkus.get(code);
        if (sku != null) {
            return sku.kind() == SkuKind.GOODS ? LineKind.SALE : LineKind.valueOf(sku.kind().name());
        }
        return NonGoodsCodes.kindOf(code).orElse(LineKind.SALE);
    }

    private void checkChannel(OrderImportRow row, String code, List<RowProblem> problems) {
        if (!code.equals(OrderImport.DEFAULT_CHANNEL) && channel(code).isEmpty()) {
            problems.add(problem(row, "channel", code, "import.reason.unknownChannel"));
        }
    }

    /** Every line of the order is refused: its own reasons, or the row whose refusal took the order down. */
    private void refuseOrder(List<Integer> indexes, Map<Integer, List<RowProblem>> problems) {
        long firstRefused = rows.get(indexes.stream().filter(problems::containsKey).findFirst().orElseThrow()).row();
        for (int i : indexes) {
            OrderImportRow row = rows.get(i);
            List<RowProblem> own = problems.get(i);
            outcomes[i] = RowOutcome.refused(row.row(), row.orderNo(), own != null ? own
                    : List.of(problem(row, "order", row.orderNo(), "import.reason.orderLineRefused", firstRefused)));
        }
    }

    private void decideCreditNotes(List<List<Integer>> creditNotes) {
        Map<String, Set<String>> buyers = new HashMap<>();
        Set<String> refundIds = new HashSet<>();
        for (List<Integer> note : creditNotes) {
            for (int n = 0; n < note.size(); n++) {
                OrderImportRow row = rows.get(note.get(n));
                refundIds.add(refundId(row, n));
                if (row.customer() != null) {
                    buyers.computeIfAbsent(channelOf(row), c -> new HashSet<>()).add(row.customer());
                }
            }
        }
        if (creditNotes.isEmpty()) {
            return;
        }
        Set<String> existingRefunds = context.orders().existingRefunds(refundIds);
        RefundMatcher matcher = new RefundMatcher();
        buyers.forEach((code, customers) -> channel(code).ifPresent(channel -> context.orders()
                .purchasesOf(channel.id(), customers)
                .forEach(p -> matcher.add(buyerKey(code, p.customer()), RefundTarget.stored(p)))));
        for (OrderDraft draft : drafts) {
            if (draft.customer() != null) {
                for (DraftLine line : draft.lines()) {
                    if (line.quantity() > 0) {
                        matcher.add(buyerKey(draft.channel(), draft.customer()), RefundTarget.drafted(draft, line));
                    }
                }
            }
        }
        for (List<Integer> note : creditNotes) {
            Instant at = note.stream().map(i -> rows.get(i).placedAt()).filter(Objects::nonNull).min(Instant::compareTo)
                    .orElse(null);
            for (int n = 0; n < note.size(); n++) {
                int i = note.get(n);
                OrderImportRow row = rows.get(i);
                String id = refundId(row, n);
                outcomes[i] = existingRefunds.contains(id) ? outcome(row, RowStatus.UNCHANGED, List.of())
                        : decideRefund(row, id, at, matcher);
            }
        }
    }

    /** Buyers are known per channel: the same id on two channels is two people. */
    private static String buyerKey(String channel, String customer) {
        return channel + "\u0000" + customer;
    }

    private RowOutcome decideRefund(OrderImportRow row, String refundId, Instant at, RefundMatcher matcher) {
        if (!row.problems().isEmpty()) {
            return RowOutcome.refused(row.row(), row.orderNo(), row.problems());
        }
        List<RowProblem> problems = new ArrayList<>();
        String channel = channelOf(row);
        checkChannel(row, channel, problems);
        if (row.quantity() > 0) {
            problems.add(problem(row, "quantity", String.valueOf(row.quantity()), "import.reason.creditNoteQuantity"));
        }
        if (row.unitPrice().signum() < 0) {
            problems.add(problem(row, "unit_price", row.unitPrice().toPlainString(), "import.reason.negativePrice"));
        }
        LineKind kind = kindOf(row.sku());
        if (row.customer() == null) {
            problems.add(problem(row, "customer", "", "import.reason.guestCancellation"));
        }
        if (!problems.isEmpty()) {
            return RowOutcome.refused(row.row(), row.orderNo(), problems);
        }
        long quantity = -row.quantity();
        boolean goods = kind == LineKind.SALE;
        Optional<RefundMatcher.Match> match = matcher.match(buyerKey(channel, row.customer()), row.sku(), at,
                quantity, goods);
        if (match.isEmpty()) {
            return RowOutcome.refused(row.row(), row.orderNo(), List.of(problem(row, "sku", row.sku(),
                    goods ? "import.reason.noPurchaseToRefund" : "import.reason.noOrderToRefund", row.customer())));
        }
        RefundMatcher.Match m = match.get();
        refunds.add(new RefundDraft(channel, refundId, m.target(), m.sameLine(),
                goods ? RefundKind.CANCELLATION : RefundKind.REFUND_ONLY, (int) quantity,
                row.unitPrice().multiply(BigDecimal.valueOf(quantity)), reason(row), at));
        List<RowProblem> warnings = m.exceeds() ? List.of(problem(row, "quantity", String.valueOf(row.quantity()),
                "import.reason.refundExceedsPurchase", m.target().orderNo())) : List.of();
        return new RowOutcome(row.row(), row.orderNo(), RowStatus.NEW, List.of(), warnings,
                List.of(new FieldChange("refund", "", m.target().orderNo())));
    }

    private static String reason(OrderImportRow row) {
        String text = row.title() != null ? row.sku() + " " + row.title() : row.sku();
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    private static String refundId(OrderImportRow row, int lineIndex) {
        return row.orderNo() + "/" + (lineIndex + 1);
    }

    private static RowOutcome outcome(OrderImportRow row, RowStatus status, List<FieldChange> changes) {
        return new RowOutcome(row.row(), row.orderNo(), status, List.of(), List.of(), changes);
    }

    private RowProblem problem(OrderImportRow row, String field, String value, String reasonKey, Object... arguments) {
        return new RowProblem(row.row(), context.headerOf().apply(field), value, new MessageKey(reasonKey, arguments));
    }

    @Override
    public List<RowOutcome> outcomes() {
        return Arrays.asList(outcomes);
    }

    @Override
    public void apply(ImportJobRecorder recorder, ImportProgress progress) {
        new OrderImportWriter(context, channels, knownSkus, missingSkus, drafts, refunds).write(recorder, progress);
    }

    private record OrderKey(String channel, String orderNo) {
    }
}
