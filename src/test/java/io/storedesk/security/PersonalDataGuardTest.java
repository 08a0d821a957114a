package io.storedesk.security;

import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.PERSONAL_DATA_ACCESS;
import static io.storedesk.store.schema.Tables.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.dashboard.customers.CustomerTier;
import io.storedesk.orders.OrderDetail;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Details are masked for everyone; one reveal or an unmasked export needs the right and leaves a log row. */
class PersonalDataGuardTest {

    private final Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
            TestStores.DEMO_CLOCK);
    private final DSLContext dsl = services.store().dsl();

    @AfterEach
    void close() {
        services.close();
    }

    private long anOrderWithAStreet() {
        return dsl.select(ORDERS.ID).from(ORDERS).where(ORDERS.ADDRESS_LINE.isNotNull(),
                ORDERS.RECEIVER_PHONE.isNotNull(), ORDERS.CUSTOMER_ID.isNotNull()).orderBy(ORDERS.ID).limit(1)
                .fetchOne(ORDERS.ID);
    }

    private void signInAsAgent() {
        services.access().switchTo(new Principal("mei", "Mei", Role.AGENT),
                EnumSet.of(Permission.ORDERS_VIEW, Permission.AFTERSALES_VIEW, Permission.EXPORT));
    }

    private int logRows() {
        return dsl.fetchCount(PERSONAL_DATA_ACCESS);
    }

    @Test
    void orderDetailShowsTheBuyerMaskedEvenToWhoMayRevealIt() {
        long id = anOrderWithAStreet();
        var stored = dsl.selectFrom(ORDERS).where(ORDERS.ID.eq(id)).fetchOne();

        OrderDetail detail = services.orders().detail(id).orElseThrow();

        assertThat(detail.order().shipTo().line()).isNull();
        assertThat(detail.order().shipTo().district()).isNull();
        assertThat(detail.order().shipTo().province()).isEqualTo(stored.getProvince());
        assertThat(detail.order().shipTo().city()).isEqualTo(stored.getCity());
        assertThat(detail.order().shipTo().phone()).isEqualTo(PersonalData.phone(stored.getReceiverPhone()))
                .contains("****");
        assertThat(detail.buyerName()).contains("*");
        assertThat(logRows()).isZero();
    }

    @Test
    void revealingAnOrderShowsItInFullAndLogsWhoLookedAtWhom() {
        long id = anOrderWithAStreet();
        var stored = dsl.selectFrom(ORDERS).where(ORDERS.ID.eq(id)).fetchOne();

        PersonalDetails shown = services.personalData().revealOrder(id);

        assertThat(shown.phone()).isEqualTo(stored.getReceiverPhone());
        assertThat(shown.name()).isEqualTo(stored.getReceiverName());
        assertThat(shown.address()).contains(stored.getAddressLine()).contains(stored.getCity());
        assertThat(shown.customerId()).isEqualTo(stored.getCustomerId());
        var row = dsl.selectFrom(PERSONAL_DATA_ACCESS).fetchOne();
        assertThat(row.getAction()).isEqualTo("REVEAL");
        assertThat(row.getUserName()).isEqualTo(services.userName());
        assertThat(row.getCustomerId()).isEqualTo(stored.getCustomerId());
        assertThat(row.getDetail()).isEqualTo("order " + stored.getExternalId());
        assertThat(row.getOccurredAt()).isEqualTo(TestStores.DEMO_CLOCK.instant());
    }

    @Test
    void aRoleWithoutTheRightIsRefusedAndNothingIsLogged() {
        long order = anOrderWithAStreet();
        long ticket = dsl.select(TICKET.ID).from(TICKET).where(TICKET.CUSTOMER_ID.isNotNull()).limit(1)
                .fetchOne(TICKET.ID);
        signInAsAgent();

        assertThatThrownBy(() -> services.personalData().revealOrder(order))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).permission())
                        .isEqualTo(Permission.PERSONAL_DATA_VIEW));
        assertThatThrownBy(() -> services.personalData().revealTicket(ticket))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(logRows()).isZero();
    }

    @Test
    void revealingATicketShowsItsCustomer() {
        var ticket = dsl.select(TICKET.ID, TICKET.CODE, CUSTOMER.ID, CUSTOMER.NAME).from(TICKET)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(TICKET.CUSTOMER_ID)).orderBy(TICKET.ID).limit(1).fetchOne();

        PersonalDetails shown = services.personalData().revealTicket(ticket.value1());

        assertThat(shown.name()).isEqualTo(ticket.value4());
        assertThat(services.ticketDetails().detail(ticket.value1()).parties().customerName())
                .isEqualTo(PersonalData.name(ticket.value4()));
        var row = dsl.selectFrom(PERSONAL_DATA_ACCESS).fetchOne();
        assertThat(row.getCustomerId()).isEqualTo(ticket.value3());
        assertThat(row.getDetail()).isEqualTo("ticket " + ticket.value2());
    }

    @Test
    void anUnknownOrderIsRefusedWithoutALogRow() {
        assertThatThrownBy(() -> services.personalData().revealOrder(-1))
                .hasFieldOrPropertyWithValue("messageKey", "security.privacy.unknownOrder");
        assertThat(logRows()).isZero();
    }

    @Test
    void anUnmaskedExportIsLoggedWithItsRowCountAndRefusedWithoutTheRight() throws Exception {
        Path dir = TestStores.newDirectory();
        var end = services.customerSegments().today();

        int written = services.segmentExport().export(dir.resolve("all.csv"), end, CustomerTier.STRATEGIC,
                Locale.ENGLISH, true);

        var row = dsl.selectFrom(PERSONAL_DATA_ACCESS).fetchOne();
        assertThat(row.getAction()).isEqualTo("EXPORT");
        assertThat(row.getCustomerId()).isNull();
        assertThat(row.getDetail()).isEqualTo("customers STRATEGIC -> all.csv: " + written + " rows");

        signInAsAgent();
        assertThatThrownBy(() -> services.segmentExport().export(dir.resolve("denied.csv"), end,
                CustomerTier.STRATEGIC, Locale.ENGLISH, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(Files.exists(dir.resolve("denied.csv"))).isFalse();
        services.segmentExport().export(dir.resolve("masked.csv"), end, CustomerTier.STRATEGIC, Locale.ENGLISH,
                false);
        assertThat(logRows()).isEqualTo(1);
    }
}
