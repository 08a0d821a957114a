package io.storedesk.dashboard.customers;

import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CUSTOMER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Contact details of scored customers (their buying comes from the KPI rollups: KpiService.buyers). */
public final class CustomerRfmRepository {

    /** Customers asked for at a time: an IN list H2 and PostgreSQL both take well. */
    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    public CustomerRfmRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The customers' contacts by id; an unknown id is left out. */
    public Map<Long, CustomerContact> contacts(List<Long> customerIds) {
        Map<Long, CustomerContact> contacts = new HashMap<>();
        for (int from = 0; from < customerIds.size(); from += CHUNK) {
            List<Long> chunk = new ArrayList<>(customerIds.subList(from, Math.min(customerIds.size(), from + CHUNK)));
            dsl.select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.PHONE, CUSTOMER.EMAIL, CHANNEL.NAME)
                    .from(CUSTOMER)
                    .leftJoin(CHANNEL).on(CHANNEL.ID.eq(CUSTOMER.CHANNEL_ID))
                    .where(CUSTOMER.ID.in(chunk))
                    .forEach(r -> contacts.put(r.value1(), new CustomerContact(r.value2(), r.value3(), r.value4(),
                            r.value5())));
        }
        return contacts;
    }
}
