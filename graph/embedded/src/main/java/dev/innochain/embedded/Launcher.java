package dev.innochain.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded, reachable only over Bolt on 127.0.0.1.
 *
 * <p>Usage: {@code Launcher <dataDir> <port>} (port 0 picks a free one). Prints exactly one line
 * {@code INNOCHAIN_NEO4J_READY bolt://127.0.0.1:<port>} on stdout once the database accepts
 * connections. Shuts down cleanly on SIGTERM/SIGINT and when stdin closes (the parent died).
 *
 * <p>The password comes from NEO4J_PASSWORD, else from {@code <dataDir>/innochain-password},
 * which is generated once and kept readable by the owner alone.
 */
public final class Launcher {
    static final String READY_PREFIX = "INNOCHAIN_NEO4J_READY ";
    static final String PASSWORD_FILE = "innochain-password";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            fail("usage: Launcher <dataDir> <port>");
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = parsePort(args[1]);
        Files.createDirectories(dataDir);
        String password = resolvePassword(dataDir);

        haltOnOutOfMemoryOutsideQueries();
        long heap = Runtime.getRuntime().maxMemory();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                // Neo4j sends NOOPs every 10 s while it works on a request and the driver drops a
                // connection silent for two of them: a connection whose failure Neo4j could not send
                // (a StackOverflowError in reduce) is given up after ~20 s instead of 2 minutes.
                .setConfig(BoltConnector.connection_keep_alive, Duration.ofSeconds(10))
                .setConfig(BoltConnector.connection_keep_alive_probes, 2)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Without an import folder, file:/// URLs would read any file on the machine.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // Only the built-in procedures the product calls; no plugin procedures load.
                .setConfig(GraphDatabaseSettings.procedure_allowlist, java.util.List.of("db.*", "dbms.components"))
                // Backstop for transactions that set no timeout of their own (the console sets 15 s).
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
                // Timeouts are noticed by a monitor polling at this interval (default 2 s), then at the
                // query's next row: a 15 s timeout stops a row-producing query at ~15.3 s.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofSeconds(1))
                // The page cache lives outside the heap: a 2-core, small-memory machine.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                // Tracked transaction memory (collect, ORDER BY, DISTINCT, hash joins …) is stopped with
                // Neo.TransientError.General.MemoryPoolOutOfMemoryError before the heap fills: all
                // transactions together may use half the heap (the rest is Neo4j's own, ~250 MB), one
                // at most a third of it and never more than 256 MB. Values built inside one expression
                // (string doubling in reduce) are not tracked; their OutOfMemoryError fails that query
                // alone because the JVM runs without -XX:+ExitOnOutOfMemoryError (see below).
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, heap / 2)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, Math.min(heap / 3, ByteUnit.mebiBytes(256)))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                } finally {
                    done.countDown();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
        }, "innochain-shutdown"));

        setPassword(dbms, password);

        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var bound = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        System.out.println(READY_PREFIX + "bolt://127.0.0.1:" + bound.getPort());
        System.out.flush();

        watchParent(() -> {
            stop.run();
            System.exit(0);
        });
        done.await();
    }

    /**
     * Neo4j turns an OutOfMemoryError thrown while it runs a query into
     * Neo.TransientError.General.OutOfMemoryError and frees the query's memory: measured 20 times in a
     * row with the database answering and writing after each, where -XX:+ExitOnOutOfMemoryError killed
     * the JVM on the first. One that escapes any other thread may leave Neo4j half-working, so then the
     * process halts (exit code 3) and the app's supervisor starts it again.
     */
    private static void haltOnOutOfMemoryOutsideQueries() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof OutOfMemoryError) {
                System.err.println("innochain launcher: out of memory in thread " + thread.getName() + "; halting");
                System.err.flush();
                Runtime.getRuntime().halt(3);
            }
            System.err.println("innochain launcher: uncaught " + error + " in thread " + thread.getName());
        });
    }

    /** Sets the neo4j user's password on every start, so a changed NEO4J_PASSWORD takes effect. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static String resolvePassword(Path dataDir) throws IOException {
        String fromEnv = System.getenv("NEO4J_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            if (fromEnv.length() < 8) {
                fail("NEO4J_PASSWORD must be at least 8 characters");
            }
            return fromEnv;
        }
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
        return generated;
    }

    /** Stdin is a pipe from the parent: end of stream means the parent is gone. */
    private static void watchParent(Runnable onParentGone) {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // Anything written to stdin is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same thing as end of stream.
            }
            onParentGone.run();
        }, "innochain-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                fail("port must be between 0 and 65535, got " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            fail("port must be a number, got " + text);
            return -1;
        }
    }

    private static void fail(String message) {
        System.err.println("innochain launcher: " + message);
        System.exit(2);
    }
}
