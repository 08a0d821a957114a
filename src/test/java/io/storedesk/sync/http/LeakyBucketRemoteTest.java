package io.storedesk.sync.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The paced transport against a metering remote, in real time (kept tiny: a bucket of 4 leaking 40/s). */
class LeakyBucketRemoteTest {

    private MockWebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private LeakyBucketRemote start(int bucketSize, double leakPerSecond) throws IOException {
        LeakyBucketRemote remote = new LeakyBucketRemote(bucketSize, leakPerSecond,
                request -> new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"path\":\"" + request.getUrl().encodedPath() + "\"}").build());
        server = remote.start();
        return remote;
    }

    private RemoteHttp.Request call(int i) {
        return RemoteHttp.Request.get(server.url("/admin/api/2024-01/orders/" + i + ".json").toString(), Map.of());
    }

    @Test
    void theRemoteRefusesAClientThatDoesNotPace() throws IOException {
        LeakyBucketRemote remote = start(4, 0.1); // one call leaks every 10 s: the fifth cannot fit
        RemoteHttp unpaced = SyncTransports.builder(RateLimit.NONE, new TransportStats())
                .policy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO)).build();

        for (int i = 0; i < 4; i++) {
            unpaced.send(call(i));
        }
        assertThatThrownBy(() -> unpaced.send(call(4))).isInstanceOfSatisfying(RemoteFault.class,
                f -> assertThat(f.kind()).isEqualTo(RemoteFault.Kind.RATE_LIMITED));
        assertThat(remote.throttled()).isEqualTo(1);
    }

    @Test
    void aPacedClientIsNeverRefused() throws IOException {
        LeakyBucketRemote remote = start(4, 40);
        TransportStats stats = new TransportStats();
        RemoteHttp paced = SyncTransports.create(remote.rateLimit(), stats);

        for (int i = 0; i < 20; i++) {
            assertThat(paced.send(call(i)).body()).isEqualTo("{\"path\":\"/admin/api/2024-01/orders/" + i + ".json\"}");
        }

        assertThat(remote.throttled()).isZero();
        assertThat(remote.accepted()).isEqualTo(20);
        assertThat(stats.snapshot().throttled429()).isZero();
        assertThat(stats.snapshot().requests()).isEqualTo(20);
    }

    @Test
    void threadsSharingOnePacedClientAreNeverRefused() throws Exception {
        LeakyBucketRemote remote = start(4, 40);
        TransportStats stats = new TransportStats();
        RemoteHttp paced = SyncTransports.create(remote.rateLimit(), stats);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<RemoteHttp.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                answers.add(threads.submit(() -> paced.send(call(n))));
            }
            for (Future<RemoteHttp.Response> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(remote.throttled()).isZero();
        assertThat(stats.snapshot().requests()).isEqualTo(24);
    }

    @Test
    void theServersConnectionsSendWithoutNaglesDelay() throws IOException {
        try (java.net.ServerSocket listening = new NoDelayServerSocketFactory().createServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress());
                java.net.Socket client = new java.net.Socket(listening.getInetAddress(), listening.getLocalPort());
                java.net.Socket accepted = listening.accept()) {
            assertThat(accepted.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    void theTheoreticalMinimumIsAFullBucketAtOnceAndTheRestAtTheLeakRate() {
        assertThat(new LeakyBucketRemote(40, 20, r -> null).theoreticalMinimum(440)).isEqualTo(Duration.ofSeconds(20));
        assertThat(new LeakyBucketRemote(40, 20, r -> null).theoreticalMinimum(30)).isEqualTo(Duration.ZERO);
    }
}
