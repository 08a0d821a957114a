package io.storedesk.store;

import static io.storedesk.store.schema.Tables.APP_SETTING;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Shop-wide settings as key/value text (shop name, time zone, ...). */
public final class SettingsRepository {

    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value, String userName) {
        dsl.transaction(() -> {
            // Thread-bound: joins the caller's unit of work if there is one (see Store).
            DSLContext ctx = dsl;
            int updated = ctx.update(APP_SETTING)
                    .set(APP_SETTING.SETTING_VALUE, value)
                    .set(APP_SETTING.VERSION, APP_SETTING.VERSION.plus(1))
                    .set(APP_SETTING.UPDATED_AT, Instant.now())
                    .set(APP_SETTING.UPDATED_BY, userName)
                    .where(APP_SETTING.SETTING_KEY.eq(key))
                    .execute();
            if (updated == 0) {
                ctx.insertInto(APP_SETTING, APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE, APP_SETTING.UPDATED_BY)
                        .values(key, value, userName)
                        .execute();
            }
        });
    }
}
