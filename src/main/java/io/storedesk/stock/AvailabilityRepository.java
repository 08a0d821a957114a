package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Stock that can still be promised, per SKU over all warehouses: on hand less reserved. */
public final class AvailabilityRepository {

    private final DSLContext dsl;

    public AvailabilityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Available units by SKU id; SKUs without stock are absent. */
    public Map<Long, Long> available(Collection<Long> skuIds) {
        Map<Long, Long> result = new HashMap<>();
        if (skuIds.isEmpty()) {
            return result;
        }
        dsl.select(STOCK_LEVEL.SKU_ID, sum(STOCK_LEVEL.ON_HAND.minus(STOCK_LEVEL.RESERVED)))
                .from(STOCK_LEVEL)
                .where(STOCK_LEVEL.SKU_ID.in(List.copyOf(skuIds)))
                .groupBy(STOCK_LEVEL.SKU_ID)
                .forEach(r -> result.put(r.value1(), r.value2() == null ? 0 : ((BigDecimal) r.value2()).longValue()));
        return result;
    }
}
