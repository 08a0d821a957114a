package io.storedesk.sync;

import static io.storedesk.store.schema.Tables.CHANNEL;

import java.util.Optional;
import org.jooq.DSLContext;

/** A channel's settings_json, read and written on its own (the policy readers need nothing else). */
public final class ChannelSettingsRepository {

    private final DSLContext dsl;

    public ChannelSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> settingsJson(long channelId) {
        return dsl.select(CHANNEL.SETTINGS_JSON).from(CHANNEL).where(CHANNEL.ID.eq(channelId))
                .fetchOptional(CHANNEL.SETTINGS_JSON);
    }

    public void saveSettingsJson(long channelId, String json) {
        dsl.update(CHANNEL).set(CHANNEL.SETTINGS_JSON, json).set(CHANNEL.VERSION, CHANNEL.VERSION.plus(1))
                .where(CHANNEL.ID.eq(channelId)).execute();
    }
}
