package io.storedesk.orders.routing;

/**
 * Keeps the compiled form of the last network routed against: callers pass the same RoutingNetwork for every
 * order of a batch, and compiling it per order would cost more than routing. Identity, not equals: comparing
 * two networks deeply would cost as much as compiling.
 */
final class NetworkCache {

    private volatile CompiledNetwork last;

    CompiledNetwork get(RoutingNetwork network) {
        CompiledNetwork compiled = last;
        if (compiled == null || compiled.source != network) {
            compiled = new CompiledNetwork(network);
            last = compiled;
        }
        return compiled;
    }
}
