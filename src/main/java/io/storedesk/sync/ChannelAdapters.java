package io.storedesk.sync;

import io.storedesk.common.RefusedInputException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/** The adapters on the class path, by channel kind, found once through {@link ServiceLoader}. */
public final class ChannelAdapters {

    private final Map<ChannelKind, ChannelAdapterProvider> providers = new EnumMap<>(ChannelKind.class);

    public ChannelAdapters(List<ChannelAdapterProvider> found) {
        // The first provider of a kind wins, so a second jar with the same kind cannot swap it silently.
        found.forEach(p -> providers.putIfAbsent(p.kind(), p));
    }

    public static ChannelAdapters load() {
        return new ChannelAdapters(ServiceLoader.load(ChannelAdapterProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    public Optional<ChannelAdapterProvider> provider(ChannelKind kind) {
        return Optional.ofNullable(providers.get(kind));
    }

    /** Refused, naming the kind, when no adapter serves it. */
    public ChannelAdapterProvider require(ChannelKind kind) {
        return provider(kind).orElseThrow(() -> new RefusedInputException("sync.adapter.none", kind.name()));
    }

    public Set<ChannelKind> kinds() {
        return Set.copyOf(providers.keySet());
    }
}
