package io.storedesk.sync.engine;

import static io.storedesk.store.schema.Tables.CHANNEL;

import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.ChannelSettings;
import io.storedesk.store.schema.tables.records.ChannelRecord;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;

/** Channels with their API address, credential reference and settings. */
public final class ChannelEndpointRepository {

    private final DSLContext dsl;

    public ChannelEndpointRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ChannelEndpoint> all() {
        return dsl.selectFrom(CHANNEL).orderBy(CHANNEL.CODE).fetch(ChannelEndpointRepository::endpoint);
    }

    /** By code, or else by name; both ignoring case. */
    public Optional<ChannelEndpoint> find(String codeOrName) {
        String wanted = codeOrName.strip().toUpperCase(Locale.ROOT);
        return dsl.selectFrom(CHANNEL).where(CHANNEL.CODE.upper().eq(wanted)).fetchOptional()
                .or(() -> dsl.selectFrom(CHANNEL).where(CHANNEL.NAME.upper().eq(wanted)).orderBy(CHANNEL.ID).limit(1)
                        .fetchOptional())
                .map(ChannelEndpointRepository::endpoint);
    }

    public Optional<ChannelEndpoint> find(long channelId) {
        return dsl.selectFrom(CHANNEL).where(CHANNEL.ID.eq(channelId)).fetchOptional()
                .map(ChannelEndpointRepository::endpoint);
    }

    public boolean codeTaken(String code) {
        return dsl.fetchExists(CHANNEL, CHANNEL.CODE.upper().eq(code.toUpperCase(Locale.ROOT)));
    }

    public long insert(Channel channel, String baseUrl, String credentialRef, ChannelSettings settings, String user,
                       Instant at) {
        ChannelRecord r = dsl.newRecord(CHANNEL);
        r.setCode(channel.code());
        r.setName(channel.name());
        r.setKind(channel.kind().name());
        r.setCurrency(channel.currency());
        r.setStockRatio(channel.stockRatio());
        r.setStockBuffer(channel.stockBuffer());
        r.setActive(channel.active());
        r.setBaseUrl(baseUrl);
        r.setCredentialRef(credentialRef);
        r.setSettingsJson(settings.toJson());
        r.setCreatedAt(at);
        r.setUpdatedAt(at);
        r.setUpdatedBy(user);
        r.store();
        return r.getId();
    }

    private static ChannelEndpoint endpoint(ChannelRecord r) {
        return new ChannelEndpoint(new Channel(r.getId(), r.getCode(), r.getName(), ChannelKind.valueOf(r.getKind()),
                r.getCurrency(), r.getStockRatio(), r.getStockBuffer(), r.getActive()), r.getBaseUrl(),
                r.getCredentialRef(), ChannelSettings.parse(r.getSettingsJson()));
    }
}
