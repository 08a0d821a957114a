package io.storedesk.security;

import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.TICKET;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads one order's or one ticket's customer in full, for a reveal; nothing else reads these columns unmasked. */
public final class PersonalDetailsRepository {

    private final DSLContext dsl;

    public PersonalDetailsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whose details, named by the order's number or the ticket's code, for the access log. */
    public record Subject(String reference, PersonalDetails details) {
    }

    /** The order's receiver (the customer where the order names none), the customer's e-mail, the ship-to. */
    public Optional<Subject> ofOrder(long orderId) {
        return dsl.select(ORDERS.EXTERNAL_ID, ORDERS.CUSTOMER_ID, DSL.coalesce(ORDERS.RECEIVER_NAME, CUSTOMER.NAME),
                        DSL.coalesce(ORDERS.RECEIVER_PHONE, CUSTOMER.PHONE), CUSTOMER.EMAIL, ORDERS.COUNTRY,
                        ORDERS.PROVINCE, ORDERS.CITY, ORDERS.DISTRICT, ORDERS.ADDRESS_LINE)
                .from(ORDERS).leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(ORDERS.CUSTOMER_ID))
                .where(ORDERS.ID.eq(orderId))
                .fetchOptional(r -> new Subject(r.value1(), new PersonalDetails(r.value2(), r.value3(), r.value4(),
                        r.value5(), address(r.value6(), r.value7(), r.value8(), r.value9(), r.value10()))));
    }

    /** The ticket's customer, with the ship-to of its order when it has one. */
    public Optional<Subject> ofTicket(long ticketId) {
        return dsl.select(TICKET.CODE, TICKET.CUSTOMER_ID, DSL.coalesce(CUSTOMER.NAME, ORDERS.RECEIVER_NAME),
                        DSL.coalesce(CUSTOMER.PHONE, ORDERS.RECEIVER_PHONE), CUSTOMER.EMAIL,
                        DSL.coalesce(ORDERS.COUNTRY, CUSTOMER.COUNTRY), DSL.coalesce(ORDERS.PROVINCE, CUSTOMER.PROVINCE),
                        DSL.coalesce(ORDERS.CITY, CUSTOMER.CITY), ORDERS.DISTRICT, ORDERS.ADDRESS_LINE)
                .from(TICKET).leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(TICKET.CUSTOMER_ID))
                .leftJoin(ORDERS).on(ORDERS.ID.eq(TICKET.ORDER_ID))
                .where(TICKET.ID.eq(ticketId))
                .fetchOptional(r -> new Subject(r.value1(), new PersonalDetails(r.value2(), r.value3(), r.value4(),
                        r.value5(), address(r.value6(), r.value7(), r.value8(), r.value9(), r.value10()))));
    }

    /** Country (when not China), province, city (when not the province again), district, street; one line. */
    private static String address(String country, String province, String city, String district, String line) {
        String text = Stream.of(isChina(country) ? null : country, province,
                        Objects.equals(city, province) ? null : city, district, line)
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    private static boolean isChina(String country) {
        return country == null || country.isBlank() || country.equalsIgnoreCase("CN") || country.equals("中国")
                || country.equalsIgnoreCase("China");
    }
}
