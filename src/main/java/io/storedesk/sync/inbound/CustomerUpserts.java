package io.storedesk.sync.inbound;

import io.storedesk.orders.Address;
import io.storedesk.orders.Customer;
import io.storedesk.sync.Channel;
import io.storedesk.sync.remote.RemoteCustomer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The buyers of a page of orders: created, or brought up to what the channel says; guests have none. */
final class CustomerUpserts {

    private final InboundCustomerRepository repository;

    CustomerUpserts(InboundCustomerRepository repository) {
        this.repository = repository;
    }

    /** Customer ids by external id for the buyers of these orders (the newest order tells about a buyer). */
    Map<String, Long> upsert(Channel channel, List<InboundOrder> orders, String user, Instant at) {
        Map<String, Customer> wanted = new LinkedHashMap<>();
        for (InboundOrder o : orders) {
            String id = o.customerId();
            if (id != null && id.length() <= 64) {
                wanted.put(id, customer(channel.id(), id, o.customer(), o.shipTo()));
            }
        }
        Map<String, Customer> stored = repository.customers(channel.id(), wanted.keySet());
        Map<String, Long> ids = new HashMap<>();
        List<Customer> created = new ArrayList<>();
        wanted.forEach((externalId, c) -> {
            Customer s = stored.get(externalId);
            if (s == null) {
                created.add(c);
            } else {
                ids.put(externalId, s.id());
                Customer merged = new Customer(s.id(), s.channelId(), externalId, keep(c.name(), s.name()),
                        keep(c.phone(), s.phone()), keep(c.email(), s.email()), keep(c.province(), s.province()),
                        keep(c.city(), s.city()), keep(c.country(), s.country()));
                if (!merged.equals(s)) {
                    repository.update(merged, user, at);
                }
            }
        });
        List<Long> newIds = repository.insert(created, user, at);
        for (int i = 0; i < created.size(); i++) {
            ids.put(created.get(i).externalId(), newIds.get(i));
        }
        return ids;
    }

    /** What the channel says, where it says anything: a blank never wipes what we know. */
    private static String keep(String remote, String local) {
        return remote != null ? remote : local;
    }

    private static Customer customer(long channelId, String externalId, RemoteCustomer c, Address shipTo) {
        return new Customer(0, channelId, externalId, OrderMapping.cut(c.name(), 100), OrderMapping.cut(c.phone(), 32),
                OrderMapping.cut(c.email(), 200), shipTo.province(), shipTo.city(), shipTo.country());
    }
}
