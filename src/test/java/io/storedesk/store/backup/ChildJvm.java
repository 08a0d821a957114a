package io.storedesk.store.backup;

import io.storedesk.store.StoreConfig;
import io.storedesk.store.StoreLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A second JVM on the test classpath running a main class, whose output lines the test can wait for. */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final String readyLine;

    private ChildJvm(Process process, String readyLine) {
        this.process = process;
        this.readyLine = readyLine;
        Thread reader = new Thread(this::drain, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Class<?> mainClass, String readyLine, String... args) throws IOException {
        return new ChildJvm(builder(mainClass, args).start(), readyLine);
    }

    /**
     * A child that opens the store the way the storedesk command does (StoreLocation): a server store comes in
     * its environment (STOREDESK_DB_URL, _USER, _PASSWORD), so the password is on no command line and in no
     * process list; for an embedded store those variables are removed and the data directory names the file.
     */
    static ChildJvm startOn(StoreConfig store, Class<?> mainClass, String readyLine, String... args)
            throws IOException {
        ProcessBuilder builder = builder(mainClass, args);
        Map<String, String> environment = builder.environment();
        environment.remove(StoreLocation.ENV_URL);
        environment.remove(StoreLocation.ENV_USER);
        environment.remove(StoreLocation.ENV_PASSWORD);
        if (store.isServer()) {
            environment.put(StoreLocation.ENV_URL, store.jdbcUrl());
            environment.put(StoreLocation.ENV_USER, store.user());
            environment.put(StoreLocation.ENV_PASSWORD, store.password());
        }
        return new ChildJvm(builder.start(), readyLine);
    }

    private static ProcessBuilder builder(Class<?> mainClass, String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx384m", "-da:org.h2...",
                "-Dfile.encoding=UTF-8", "-cp", classpath, mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private void drain() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.startsWith(readyLine)) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // The child was killed; its output ends here.
        }
    }

    /** Waits (up to two minutes) until the child printed a line starting with prefix; false when it ended first. */
    boolean awaitLine(String prefix) throws InterruptedException {
        for (int i = 0; i < 1200 && process.isAlive(); i++) {
            if (linesStartingWith(prefix) > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return linesStartingWith(prefix) > 0;
    }

    /** Waits (up to a minute) until the child printed its ready line; false when it ended first. */
    boolean awaitReady() throws InterruptedException {
        for (int i = 0; i < 600 && process.isAlive(); i++) {
            if (ready.await(100, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return ready.getCount() == 0;
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    long linesStartingWith(String prefix) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith(prefix)).count();
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Closes the child's input (the holder closes its store and ends) and waits for it. */
    void finish() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
