package io.storedesk.sync.engine;

import io.storedesk.common.RefusedInputException;
import io.storedesk.common.TextInput;
import io.storedesk.common.UserFacingException;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelRepository;
import io.storedesk.sync.ChannelSettings;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.credentials.ChannelSecrets;
import io.storedesk.sync.credentials.CredentialRef;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Adding, listing, testing and removing the channels StoreDesk syncs with. */
public final class ChannelSetup {

    private static final int CODE_MAX = 32;

    private final ChannelEndpointRepository endpoints;
    private final ChannelRepository channels;
    private final ChannelSecrets secrets;
    private final ChannelConnector connector;
    private final Transactions transactions;
    private final AuditLog audit;
    private final ShopSettings shop;
    private final Access access;
    private final Clock clock;

    public ChannelSetup(ChannelEndpointRepository endpoints, ChannelRepository channels, ChannelSecrets secrets,
                        ChannelConnector connector, Transactions transactions, AuditLog audit, ShopSettings shop,
                        Clock clock, Access access) {
        this.access = access;
        this.endpoints = endpoints;
        this.channels = channels;
        this.secrets = secrets;
        this.connector = connector;
        this.transactions = transactions;
        this.audit = audit;
        this.shop = shop;
        this.clock = clock;
    }

    /**
     * Adds a channel whose kind has an adapter. Its code comes from its name (letters and digits, upper case;
     * the kind's name for a name without any); refused when the code is taken or the URL is not http(s).
     */
    public ChannelEndpoint add(NewChannel request, String user) {
        access.require(Permission.CHANNELS_EDIT);
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new RefusedInputException("sync.channel.badName", name);
        }
        TextInput.checked(name, "input.field.channelName", 100);
        connector.adapters().require(request.kind());
        String baseUrl = baseUrl(request.baseUrl());
        String code = code(name, request.kind().name());
        ChannelSettings settings = new ChannelSettings(request.settings(), Map.of());
        String currency = request.currency() == null || request.currency().isBlank() ? shop.currency()
                : request.currency().strip().toUpperCase(Locale.ROOT);
        return transactions.inTransaction(() -> {
            if (endpoints.codeTaken(code)) {
                throw new RefusedInputException("sync.channel.codeTaken", code);
            }
            String ref = credentialRef(request.signIn());
            Channel channel = new Channel(0, code, name, request.kind(), currency, BigDecimal.ONE, 0, true);
            long id = endpoints.insert(channel, baseUrl, ref, settings, user, clock.instant());
            ChannelEndpoint added = endpoints.find(id).orElseThrow();
            audit.record(user, new AuditLog.Change("channel.add", "channel", code, Map.of(),
                    Map.of("kind", request.kind().name(), "baseUrl", baseUrl, "credentials", added.credentialSource())));
            return added;
        });
    }

    public List<ChannelEndpoint> list() {
        return endpoints.all();
    }

    /** The channel by code or name; refused when there is none. */
    public ChannelEndpoint find(String codeOrName) {
        return endpoints.find(codeOrName)
                .orElseThrow(() -> new RefusedInputException("sync.channel.unknown", codeOrName));
    }

    /** Signs in and reads one cheap resource; never throws for the remote's refusal or our own set-up problem. */
    public ConnectionCheck test(String codeOrName) {
        access.require(Permission.CHANNELS_EDIT);
        ChannelEndpoint endpoint = find(codeOrName);
        try {
            connector.open(endpoint).checkConnection();
            return ConnectionCheck.passed();
        } catch (RemoteFault fault) {
            return ConnectionCheck.refused(fault);
        } catch (UserFacingException problem) {
            return ConnectionCheck.problem(problem);
        }
    }

    /** Removes a channel nothing refers to any more (orders, customers, listings keep it), and its secrets. */
    public void remove(String codeOrName, String user) {
        access.require(Permission.CHANNELS_EDIT);
        ChannelEndpoint endpoint = find(codeOrName);
        transactions.inTransaction(() -> {
            if (channels.inUse(endpoint.channel().id())) {
                throw new RefusedInputException("sync.channel.inUse", endpoint.channel().code());
            }
            channels.delete(endpoint.channel().id());
            audit.record(user, new AuditLog.Change("channel.remove", "channel", endpoint.channel().code(),
                    Map.of("kind", endpoint.channel().kind().name()), Map.of()));
        });
        // After the commit: a rollback above must not lose the secret of a channel that stays.
        secrets.forget(endpoint.credentialRef());
    }

    static String baseUrl(String text) {
        String url = text == null ? "" : text.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url.replaceAll("/+$", "");
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new RefusedInputException("sync.channel.badUrl", url);
    }

    static String code(String name, String fallback) {
        String code = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (code.isEmpty()) {
            code = fallback;
        }
        return code.length() > CODE_MAX ? code.substring(0, CODE_MAX).replaceAll("-+$", "") : code;
    }

    private String credentialRef(NewChannel.SignIn signIn) {
        if (signIn instanceof NewChannel.FromEnvironment env) {
            return new CredentialRef.Env(env.keyVariable(), env.secretVariable()).text();
        }
        if (signIn instanceof NewChannel.Typed typed) {
            return secrets.keep(typed.key(), typed.secret()).text();
        }
        return null;
    }
}
