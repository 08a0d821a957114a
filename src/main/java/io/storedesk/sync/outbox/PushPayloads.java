package io.storedesk.sync.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PurchaseOrderPush;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.SalesOrderPush;
import io.storedesk.sync.remote.StockLevelPush;

/** The outbox's payload column: a {@link PushMessage} as JSON, its type given by the row's kind. */
public final class PushPayloads {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PushPayloads() {
    }

    public static PushKind kindOf(PushMessage message) {
        if (message instanceof StockLevelPush) {
            return PushKind.STOCK_LEVEL;
        }
        if (message instanceof FulfilmentPush) {
            return PushKind.FULFILMENT;
        }
        if (message instanceof PurchaseOrderPush) {
            return PushKind.PURCHASE_ORDER;
        }
        return PushKind.SALES_ORDER;
    }

    public static String write(PushMessage message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + message.getClass().getSimpleName(), e);
        }
    }

    public static PushMessage read(PushKind kind, String json) {
        Class<? extends PushMessage> type = switch (kind) {
            case STOCK_LEVEL -> StockLevelPush.class;
            case FULFILMENT -> FulfilmentPush.class;
            case PURCHASE_ORDER -> PurchaseOrderPush.class;
            case SALES_ORDER -> SalesOrderPush.class;
        };
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox payload is not a " + type.getSimpleName(), e);
        }
    }
}
