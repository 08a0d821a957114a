package io.storedesk.sync.engine;

import static io.storedesk.store.schema.Tables.SYNC_CURSOR;

import io.storedesk.sync.SyncResource;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Where each channel's pull of each resource stands (sync_cursor). */
public final class SyncCursorRepository {

    private final DSLContext dsl;

    public SyncCursorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<CursorState> find(long channelId, SyncResource resource) {
        return dsl.select(SYNC_CURSOR.CURSOR_VALUE, SYNC_CURSOR.PAGE_TOKEN, SYNC_CURSOR.NEWEST_SEEN).from(SYNC_CURSOR)
                .where(SYNC_CURSOR.CHANNEL_ID.eq(channelId), SYNC_CURSOR.RESOURCE.eq(resource.name()))
                .fetchOptional(r -> new CursorState(r.value1(), r.value2(), r.value3()));
    }

    public void save(long channelId, SyncResource resource, CursorState state, Instant at) {
        int updated = dsl.update(SYNC_CURSOR)
                .set(SYNC_CURSOR.CURSOR_VALUE, state.cursorValue())
                .set(SYNC_CURSOR.PAGE_TOKEN, state.pageToken())
                .set(SYNC_CURSOR.NEWEST_SEEN, state.newestSeen())
                .set(SYNC_CURSOR.VERSION, SYNC_CURSOR.VERSION.plus(1))
                .set(SYNC_CURSOR.UPDATED_AT, at)
                .where(SYNC_CURSOR.CHANNEL_ID.eq(channelId), SYNC_CURSOR.RESOURCE.eq(resource.name()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(SYNC_CURSOR, SYNC_CURSOR.CHANNEL_ID, SYNC_CURSOR.RESOURCE, SYNC_CURSOR.CURSOR_VALUE,
                            SYNC_CURSOR.PAGE_TOKEN, SYNC_CURSOR.NEWEST_SEEN, SYNC_CURSOR.UPDATED_AT)
                    .values(channelId, resource.name(), state.cursorValue(), state.pageToken(), state.newestSeen(), at)
                    .execute();
        }
    }
}
