package io.storedesk.sync.inbound;

import static io.storedesk.store.schema.Tables.CUSTOMER;
import static org.jooq.impl.DSL.inline;

import io.storedesk.orders.Customer;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.Chunks;
import io.storedesk.store.schema.tables.records.CustomerRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Records;

/** Buyers as a channel knows them, keyed by (channel, external id). */
public final class InboundCustomerRepository {

    private final DSLContext dsl;

    public InboundCustomerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The channel's customers with these external ids, by external id. */
    Map<String, Customer> customers(long channelId, Collection<String> externalIds) {
        Map<String, Customer> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds)) {
            dsl.select(CUSTOMER.ID, CUSTOMER.CHANNEL_ID, CUSTOMER.EXTERNAL_ID, CUSTOMER.NAME, CUSTOMER.PHONE,
                            CUSTOMER.EMAIL, CUSTOMER.PROVINCE, CUSTOMER.CITY, CUSTOMER.COUNTRY)
                    .from(CUSTOMER)
                    .where(CUSTOMER.CHANNEL_ID.eq(channelId), CUSTOMER.EXTERNAL_ID.in(chunk))
                    .fetch(Records.mapping(Customer::new))
                    .forEach(c -> found.put(c.externalId(), c));
        }
        return found;
    }

    /** Stores new customers and returns their ids in the order given. */
    List<Long> insert(List<Customer> customers, String user, Instant at) {
        return BulkInsert.insertReturningIds(dsl, customers.stream().map(c -> {
            CustomerRecord r = dsl.newRecord(CUSTOMER);
            r.setChannelId(c.channelId());
            r.setExternalId(c.externalId());
            fill(r, c);
            r.setCreatedAt(at);
            r.setUpdatedAt(at);
            r.setUpdatedBy(user);
            return r;
        }).toList());
    }

    void update(Customer c, String user, Instant at) {
        CustomerRecord r = dsl.newRecord(CUSTOMER);
        fill(r, c);
        r.setUpdatedAt(at);
        r.setUpdatedBy(user);
        dsl.update(CUSTOMER).set(r).set(CUSTOMER.VERSION, CUSTOMER.VERSION.plus(inline(1)))
                .where(CUSTOMER.ID.eq(c.id())).execute();
    }

    private static void fill(CustomerRecord r, Customer c) {
        r.setName(c.name());
        r.setPhone(c.phone());
        r.setEmail(c.email());
        r.setProvince(c.province());
        r.setCity(c.city());
        r.setCountry(c.country());
    }
}
