package io.storedesk.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.orders.ChannelName;
import io.storedesk.orders.InboxRow;
import io.storedesk.orders.LineStock;
import io.storedesk.orders.OrderDetail;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.RouteNotes;
import io.storedesk.orders.Shipment;
import io.storedesk.orders.routing.Site;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.I18n;
import io.storedesk.ui.InlineTaskRunner;
import io.storedesk.ui.Notice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The order-routing pane's view models on their own copy of the demo shop, work run on the test's thread. */
class OrderInboxViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);

    private final Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
            TestStores.DEMO_CLOCK);
    private final DSLContext dsl = services.store().dsl();
    private OrderInboxViewModel inbox;
    private OrderActionsViewModel actions;

    @BeforeEach
    void open() {
        OrderDesk desk = new OrderDesk(services.orders(), services.orderReview(), services.orderRouting(),
                services.clock(), services.shop()::zone, services.personalData()::revealOrder);
        InlineTaskRunner tasks = new InlineTaskRunner();
        inbox = new OrderInboxViewModel(desk, tasks);
        actions = new OrderActionsViewModel(inbox, desk, tasks, () -> "tester");
        inbox.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsTheNewestOrdersWithCountsByStatusAndHowManyWait() {
        assertThat(inbox.rows()).hasSize(OrderDesk.LIMIT);
        assertThat(inbox.totalProperty().get()).isEqualTo(count("1 = 1"));
        assertThat(inbox.rows()).extracting(r -> r.order().placedAt())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(inbox.countProperty(OrderStatus.PAID).get()).isEqualTo(count("status = 'PAID'")).isPositive();
        assertThat(inbox.countProperty(OrderStatus.ON_HOLD).get()).isEqualTo(count("status = 'ON_HOLD'"));
        assertThat(inbox.waitingProperty().get()).isEqualTo(count("status IN ('PAID', 'ON_HOLD')"));
        assertThat(inbox.choices().channels()).extracting(ChannelName::name).contains("贝贝乐天猫旗舰店");
        assertThat(inbox.choices().sites()).extracting(Site::code).contains("WH-SH", "WH-GZ");
        assertThat(inbox.choices().holdReasons()).contains("HIGH_AMOUNT");
    }

    @Test
    void savedReviewRulesDecideWhatTheNextReviewHolds() {
        AtomicReference<OrderDesk.ReviewRules> read = new AtomicReference<>();
        actions.editRules(read::set);
        assertThat(read.get().review().holdBuyerNote()).isTrue();
        int withNotes = count("status = 'PAID' AND reviewed_at IS NULL AND buyer_note IS NOT NULL AND buyer_note <> ''");
        assertThat(withNotes).as("the demo has paid orders with notes").isPositive();

        // Buyer notes no longer hold; presale still does.
        var review = read.get().review();
        actions.saveRules(new OrderDesk.ReviewRules(new io.storedesk.orders.review.ReviewPolicy(review.addressCheck(),
                false, review.highAmount(), review.riskPhoneOrders(), review.riskPhoneWindow(), review.holdUnpaid(),
                review.holdPresale()), read.get().merge()));
        actions.reviewNew();

        assertThat(inbox.noticeProperty().get().isProblem()).isFalse();
        assertThat(count("hold_reason = 'BUYER_NOTE' AND reviewed_at IS NOT NULL")).isZero();
        assertThat(services.orderReview().policy().holdBuyerNote()).isFalse();
    }

    @Test
    void filtersNarrowTheRowsInTheStoreNotJustThoseShown() {
        ChannelName tmall = inbox.choices().channels().stream().filter(c -> c.name().contains("天猫")).findFirst().orElseThrow();
        inbox.channelProperty().set(tmall.id());
        assertThat(inbox.totalProperty().get()).isEqualTo(count("channel_id = " + tmall.id()))
                .as("more match than the table shows").isGreaterThan(OrderDesk.LIMIT);
        assertThat(inbox.rows()).allSatisfy(r -> assertThat(r.order().channelName()).isEqualTo(tmall.name()));
        assertThat(inbox.countProperty(OrderStatus.PAID).get()).as("counts follow the other filters")
                .isEqualTo(count("status = 'PAID' AND channel_id = " + tmall.id()));

        inbox.statusProperty().set(OrderStatus.ON_HOLD);
        assertThat(inbox.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(OrderStatus.ON_HOLD));
        assertThat(inbox.countAllProperty().get()).as("the status chips count every status")
                .isEqualTo(count("channel_id = " + tmall.id()));

        inbox.clearFilters();
        inbox.holdReasonProperty().set("HIGH_AMOUNT");
        assertThat(inbox.totalProperty().get()).isEqualTo(count("hold_reason = 'HIGH_AMOUNT'")).isPositive();

        inbox.clearFilters();
        inbox.provinceProperty().set("广东省");
        assertThat(inbox.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.order().province()).isEqualTo("广东省"));

        inbox.clearFilters();
        inbox.periodProperty().set(InboxPeriod.LAST_7_DAYS);
        Instant start = InboxPeriod.LAST_7_DAYS.start(services.clock(), services.shop().zone());
        assertThat(inbox.totalProperty().get()).isEqualTo(count("placed_at >= TIMESTAMP WITH TIME ZONE '"
                + start + "'")).isLessThan(count("1 = 1"));

        inbox.clearFilters();
        String number = inbox.rows().get(42).order().externalId();
        inbox.textProperty().set(number);
        assertThat(inbox.rows()).extracting(r -> r.order().externalId()).containsExactly(number);

        inbox.clearFilters();
        assertThat(inbox.totalProperty().get()).isEqualTo(count("1 = 1"));
    }

    @Test
    void reviewHoldsTheOrdersTheRulesCatchAndTheCountsChange() {
        int paid = inbox.countProperty(OrderStatus.PAID).get();
        int held = inbox.countProperty(OrderStatus.ON_HOLD).get();

        actions.reviewNew();

        int nowHeld = inbox.countProperty(OrderStatus.ON_HOLD).get();
        assertThat(nowHeld).as("the rules hold some of the new orders").isGreaterThan(held);
        assertThat(inbox.countProperty(OrderStatus.PAID).get() + nowHeld).as("merged orders leave both")
                .isLessThanOrEqualTo(paid + held);
        assertThat(count("status = 'PAID' AND reviewed_at IS NULL")).isZero();
        String said = english(inbox.noticeProperty().get());
        assertThat(said).startsWith("Reviewed " + paid + " new orders: ").contains((nowHeld - held) + " held (");
        assertThat(chinese(inbox.noticeProperty().get())).startsWith("已审核 " + paid + " 笔新订单");

        actions.reviewNew();
        assertThat(english(inbox.noticeProperty().get())).startsWith("No new order to review");
    }

    @Test
    void routingAllWaitingTurnsPaidOrdersRoutedAndTheNoticeStatesTheFigures() {
        int routedBefore = count("status = 'ROUTED'");
        int held = count("status = 'ON_HOLD'");
        long lastParcel = ((Number) dsl.fetchValue("SELECT COALESCE(MAX(id), 0) FROM shipment")).longValue();

        actions.routeAllWaiting();

        int routed = count("status = 'ROUTED'") - routedBefore;
        int parcels = count("id > " + lastParcel, "shipment", "status = 'PLANNED'");
        BigDecimal cost = (BigDecimal) dsl.fetchValue("SELECT SUM(estimated_cost) FROM shipment WHERE id > "
                + lastParcel);
        assertThat(routed).isPositive();
        assertThat(inbox.countProperty(OrderStatus.PAID).get()).as("nothing paid is left unrouted").isZero();
        assertThat(inbox.countProperty(OrderStatus.ROUTED).get()).isEqualTo(routedBefore + routed);
        String said = english(inbox.noticeProperty().get());
        assertThat(said).startsWith("Routed " + routed + " orders in " + parcels + " parcels, est. ¥"
                + new java.text.DecimalFormat("#,##0.00").format(cost) + ".");
        int heldByReview = count("status = 'ON_HOLD'") - held;
        assertThat(said).contains(" Review held " + heldByReview + " new orders: ").doesNotContain("!");
        assertThat(inbox.noticeProperty().get().isProblem()).isFalse();
    }

    @Test
    void routingTheSelectedTouchesOnlyThemAndLeavesAReviewHoldToAPerson() {
        inbox.statusProperty().set(OrderStatus.PAID);
        int paid = inbox.countProperty(OrderStatus.PAID).get();
        List<InboxRow> chosen = List.copyOf(inbox.rows().subList(0, 2));
        inbox.selection().setAll(chosen);
        assertThat(actions.canRouteSelected().get()).isTrue();

        actions.routeSelected();

        assertThat(chosen).allSatisfy(r -> assertThat(status(r.id())).isIn("ROUTED", "ON_HOLD"));
        assertThat(inbox.countProperty(OrderStatus.PAID).get()).isEqualTo(paid - 2);
        inbox.statusProperty().set(OrderStatus.ON_HOLD);
        inbox.holdReasonProperty().set("ADDRESS_INCOMPLETE");
        inbox.selection().setAll(inbox.rows().get(0));
        assertThat(actions.canRouteSelected().get()).isFalse();
        assertThat(actions.canRelease().get()).isTrue();
    }

    @Test
    void releasingAHoldMakesTheOrderPaid() {
        inbox.statusProperty().set(OrderStatus.ON_HOLD);
        InboxRow held = inbox.rows().get(0);
        int before = inbox.countProperty(OrderStatus.ON_HOLD).get();
        inbox.selection().setAll(held);
        assertThat(actions.canRelease().get()).isTrue();

        actions.releaseSelected();

        assertThat(status(held.id())).isEqualTo("PAID");
        assertThat(inbox.countProperty(OrderStatus.ON_HOLD).get()).isEqualTo(before - 1);
        assertThat(inbox.rows()).extracting(InboxRow::id).doesNotContain(held.id());
        assertThat(english(inbox.noticeProperty().get())).isEqualTo("Released 1 order; it waits for routing.");
    }

    @Test
    void anOrderHeldByHandWaitsWithTheManualReasonUntilReleased() {
        inbox.statusProperty().set(OrderStatus.PAID);
        InboxRow paid = inbox.rows().get(0);
        inbox.selection().setAll(paid);
        assertThat(actions.canRelease().get()).isFalse();

        actions.holdSelected();

        assertThat(status(paid.id())).isEqualTo("ON_HOLD");
        assertThat(dsl.fetchValue("SELECT hold_reason FROM orders WHERE id = " + paid.id())).isEqualTo("MANUAL");
        inbox.showDetail(paid);
        assertThat(render(ENGLISH, inbox.detailProperty().get())).singleElement().asString()
                .isEqualTo("tester held this order by hand. Release it when it may ship.");
    }

    @Test
    void choosingAWarehouseThatCannotShipShowsTheRefusalAndChangesNothing() {
        actions.routeAllWaiting();
        inbox.statusProperty().set(OrderStatus.ROUTED);
        InboxRow order = inbox.rows().stream().filter(r -> r.parcels() > 0).findFirst().orElseThrow();
        inbox.showDetail(order);
        OrderDetail detail = inbox.detailProperty().get();
        Set<String> shipsFrom = detail.parcels().stream().map(p -> p.warehouseCode()).collect(Collectors.toSet());
        Site empty = inbox.choices().sites().stream().filter(s -> !shipsFrom.contains(s.code()))
                .filter(s -> detail.lines().stream().anyMatch(l -> !l.covers(s.code()))).findFirst().orElseThrow();
        List<Shipment> before = services.orderRouting().shipments(order.id());
        inbox.selection().setAll(order);
        assertThat(actions.canChooseRoute().get()).isTrue();

        actions.reroute(order, empty.id(), null);

        Notice refused = inbox.noticeProperty().get();
        assertThat(refused.isProblem()).isTrue();
        assertThat(new I18n(Locale.ENGLISH).describe(refused.failure()))
                .isEqualTo("That choice cannot ship the order: Out of stock (backorder). Nothing was changed.");
        assertThat(new I18n(Locale.SIMPLIFIED_CHINESE).describe(refused.failure())).startsWith("该选择无法发出此订单");
        assertThat(services.orderRouting().shipments(order.id())).isEqualTo(before);
        assertThat(status(order.id())).isEqualTo("ROUTED");
    }

    @Test
    void aRouteChosenOnAnOrderRoutedElsewhereSinceTheInboxShowedItIsRefusedNamingThatChange() {
        actions.routeAllWaiting();
        inbox.statusProperty().set(OrderStatus.ROUTED);
        InboxRow shown = inbox.rows().stream().filter(r -> r.parcels() > 0).findFirst().orElseThrow();
        // Another desk routes the order again after this inbox showed it.
        services.orderRouting().reroute(shown.id(), shown.order().version(), null, null, "wang");
        List<Shipment> theirs = services.orderRouting().shipments(shown.id());
        Site other = inbox.choices().sites().stream().filter(s -> !shown.warehouses().contains(s.code()))
                .findFirst().orElseThrow();
        inbox.selection().setAll(shown);

        actions.reroute(shown, other.id(), null);

        Notice refused = inbox.noticeProperty().get();
        assertThat(refused.isProblem()).isTrue();
        assertThat(new I18n(Locale.ENGLISH).describe(refused.failure())).startsWith("Order "
                + shown.order().externalId() + " was routed again (warehouse or carrier) by wang at ");
        assertThat(new I18n(Locale.SIMPLIFIED_CHINESE).describe(refused.failure())).startsWith("订单 "
                + shown.order().externalId() + " 在您查看期间已被 wang 于 ").contains("重新指定仓库或快递");
        assertThat(services.orderRouting().shipments(shown.id())).isEqualTo(theirs);
        // The inbox read the order again: the next choice saves against the version the other desk left.
        int now = ((Number) dsl.fetchValue("SELECT version FROM orders WHERE id = " + shown.id())).intValue();
        assertThat(now).isGreaterThan(shown.order().version());
        assertThat(inbox.rows()).filteredOn(r -> r.id() == shown.id()).singleElement()
                .satisfies(r -> assertThat(r.order().version()).isEqualTo(now));
    }

    @Test
    void aWarehouseChosenByHandIsKeptAndTheCancelledParcelStillSaysWhyItWasPlanned() {
        actions.routeAllWaiting();
        inbox.statusProperty().set(OrderStatus.ROUTED);
        InboxRow order = inbox.rows().stream().filter(r -> r.parcels() == 1).findFirst().orElseThrow();
        inbox.showDetail(order);
        OrderDetail before = inbox.detailProperty().get();
        List<Site> couldShip = inbox.choices().sites().stream().filter(s -> !order.warehouses().contains(s.code()))
                .filter(s -> before.lines().stream().allMatch(l -> l.covers(s.code()))).toList();
        inbox.selection().setAll(order);

        Site chosen = null;
        for (Site site : couldShip) {
            actions.reroute(order, site.id(), null);
            if (!inbox.noticeProperty().get().isProblem()) {
                chosen = site;
                break;
            }
        }

        assertThat(chosen).as("another warehouse with the stock can ship it").isNotNull();
        assertThat(english(inbox.noticeProperty().get())).startsWith("Order " + order.order().externalId()
                + " routed again: 1 parcel from " + chosen.code() + ", est. ¥");
        OrderDetail after = inbox.detailProperty().get();
        assertThat(after.parcels()).extracting(p -> p.shipment().status().name(), p -> p.warehouseCode(),
                p -> p.manual()).containsExactly(org.assertj.core.groups.Tuple.tuple("CANCELLED",
                        order.warehouses().get(0), false), org.assertj.core.groups.Tuple.tuple("PLANNED",
                        chosen.code(), true));
        List<OrderTexts.Paragraph> said = OrderTexts.explanation(ENGLISH, after);
        assertThat(said.get(0).sentences().get(0)).isEqualTo("tester chose this route by hand");
        assertThat(said).hasSize(2);
        assertThat(said.get(1).heading()).startsWith("Parcel 1 from " + order.warehouses().get(0)).endsWith(
                "(Cancelled):");
    }

    @Test
    void theDetailShowsStockPerWarehouseForEachLineAndExplainsTheRouteInBothLanguages() {
        actions.routeAllWaiting();
        inbox.statusProperty().set(OrderStatus.ROUTED);
        InboxRow order = inbox.rows().stream().filter(r -> r.parcels() == 1).findFirst().orElseThrow();

        inbox.showDetail(order);

        OrderDetail detail = inbox.detailProperty().get();
        assertThat(detail.order().id()).isEqualTo(order.id());
        assertThat(detail.lines()).isNotEmpty();
        List<String> warehouses = inbox.choices().sites().stream().map(Site::code).toList();
        for (LineStock line : detail.lines()) {
            assertThat(line.available().keySet()).containsExactlyElementsOf(warehouses);
            line.available().forEach((code, units) -> assertThat(units).isEqualTo(available(order.id(), line, code)));
        }
        assertThat(detail.lines()).as("the stock the order holds is its own to ship")
                .allSatisfy(l -> assertThat(l.covers(order.warehouses().get(0))).isTrue());
        assertThat(detail.parcels()).isNotEmpty().allSatisfy(p -> assertThat(p.carrierName()).isNotBlank());
        assertThat(detail.explanation()).isNotEmpty();
        assertThat(RouteNotes.render(ENGLISH, detail.explanation())).as("the route's stored explanation")
                .isEqualTo(RouteNotes.render(ENGLISH, services.orderRouting().explanation(order.id())));
        assertThat(OrderTexts.explanation(ENGLISH, detail)).as("parcels saying the same are not repeated").hasSize(1);
        assertThat(render(ENGLISH, detail)).isNotEmpty().noneMatch(s -> s.contains("!") || s.isBlank());
        assertThat(render(CHINESE, detail)).isNotEmpty().noneMatch(s -> s.contains("!") || s.isBlank())
                .anyMatch(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN));
    }

    @Test
    void aHoldByTheReviewRulesIsExplainedInBothLanguages() {
        actions.reviewNew();
        inbox.statusProperty().set(OrderStatus.ON_HOLD);
        InboxRow held = inbox.rows().stream().filter(r -> dsl.fetchValue("SELECT route_note FROM orders WHERE id = "
                + r.id()) != null).findFirst().orElseThrow();

        inbox.showDetail(held);

        assertThat(render(ENGLISH, inbox.detailProperty().get())).isNotEmpty().noneMatch(s -> s.contains("!"));
        assertThat(render(CHINESE, inbox.detailProperty().get())).isNotEmpty().noneMatch(s -> s.contains("!"));
    }

    @Test
    void mergingTheSuggestedOrdersLeavesTheirTargetToShipThemAll() {
        assertThat(inbox.suggestions()).as("the demo shop suggests no merge").isEmpty();
        MergeFixtures.secondOrderToTheSameAddress(dsl);
        inbox.refresh();
        OrderDesk.MergeSuggestion suggestion = inbox.suggestions().get(0);
        List<Long> ids = suggestion.group().orderIds();
        inbox.selection().setAll(inbox.rows().stream().filter(r -> ids.contains(r.id())).toList());
        assertThat(inbox.selection()).hasSameSizeAs(ids);
        assertThat(actions.canMerge().get()).isTrue();

        actions.mergeSelected();

        assertThat(suggestion.group().mergedOrderIds()).allSatisfy(id -> assertThat(status(id)).isEqualTo("MERGED"));
        assertThat(status(suggestion.group().targetOrderId())).isIn("PAID", "ON_HOLD");
        assertThat(english(inbox.noticeProperty().get())).isEqualTo("Merged " + (ids.size() - 1) + " order"
                + (ids.size() == 2 ? "" : "s") + " into order " + suggestion.numbers().get(0) + "; they ship as one.");
        assertThat(inbox.suggestions()).noneMatch(s -> s.group().targetOrderId() == suggestion.group().targetOrderId());
    }

    @Test
    void aPreviewSaysWhatRoutingWouldDoAndSavesNothing() {
        Map<String, Integer> before = statuses();

        actions.previewRouting();

        assertThat(english(inbox.noticeProperty().get())).startsWith("Preview, nothing saved: ")
                .contains(" of " + inbox.countProperty(OrderStatus.PAID).get() + " waiting orders would be routed");
        assertThat(statuses()).isEqualTo(before);
    }

    /** The same buyer orders again half an hour after a paid order, to the same address. */
    private static List<String> render(Messages messages, OrderDetail detail) {
        return OrderTexts.explanation(messages, detail).stream().flatMap(p -> p.sentences().stream()).toList();
    }

    private static String english(Notice notice) {
        return ENGLISH.get(notice.message().key(), notice.message().arguments());
    }

    private static String chinese(Notice notice) {
        return CHINESE.get(notice.message().key(), notice.message().arguments());
    }

    /** On hand less reserved, with the order's own holds counted back (they are its to ship). */
    private int available(long orderId, LineStock line, String warehouse) {
        Object units = dsl.fetchValue("SELECT l.on_hand - l.reserved FROM stock_level l JOIN warehouse w ON w.id = "
                + "l.warehouse_id WHERE w.code = '" + warehouse + "' AND l.sku_id = " + line.line().skuId());
        Object own = dsl.fetchValue("SELECT COALESCE(SUM(r.quantity), 0) FROM stock_reservation r JOIN warehouse w "
                + "ON w.id = r.warehouse_id WHERE w.code = '" + warehouse + "' AND r.sku_id = " + line.line().skuId()
                + " AND r.order_id = " + orderId + " AND r.released_at IS NULL AND r.kind <> 'PRESALE'");
        return (units == null ? 0 : ((Number) units).intValue()) + ((Number) own).intValue();
    }

    private String status(long orderId) {
        return dsl.fetchValue("SELECT status FROM orders WHERE id = " + orderId).toString();
    }

    private int count(String where) {
        return count(where, "orders", "1 = 1");
    }

    private int count(String where, String table, String and) {
        return ((Number) dsl.fetchValue("SELECT COUNT(*) FROM " + table + " WHERE " + where + " AND " + and))
                .intValue();
    }

    private Map<String, Integer> statuses() {
        return dsl.resultQuery("SELECT status, COUNT(*) FROM orders GROUP BY status").fetchMap(
                r -> r.get(0, String.class), r -> r.get(1, Integer.class));
    }
}
