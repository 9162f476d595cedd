package com.ublives.recovery.server;

import com.ublives.recovery.storage.ServerAddress;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server for tests and benchmarks, started from the programs of Debian's
 * {@code postgresql} package ({@code initdb}, {@code pg_ctl} under /usr/lib/postgresql/VERSION/bin):
 * a new cluster in a temporary folder, trust authentication, listening on 127.0.0.1 on a free port.
 * PostgreSQL refuses to run as root, so under root its programs run as the user {@code postgres}.
 * One server per test JVM ({@link #shared}), stopped and deleted when the JVM ends; each test gets
 * a database of its own ({@link #newDatabase}).
 */
public final class PostgresServer implements AutoCloseable {

    public static final String ADMIN = "postgres";
    /** A user that must give its password, unlike every other on a test server. */
    public static final String PASSWORD_USER = "desk_with_password";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;
    private static String notAvailable;

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final int port;
    private final boolean asRoot;
    private String template;

    private PostgresServer(Path bin, Path folder, int port, boolean asRoot) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
        this.asRoot = asRoot;
    }

    /** The programs' folder, or null when PostgreSQL is not installed. */
    static Path programs() {
        // a build can pretend PostgreSQL is missing (-Drecovery.postgresql.root=/nowhere) to see the skips
        Path root = Path.of(System.getProperty("recovery.postgresql.root", "/usr/lib/postgresql"));
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> version(b.getParent().getFileName().toString()))).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int version(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Why no server can be started here; null when one can. */
    public static synchronized String whyNotAvailable() {
        if (shared != null) {
            return null;
        }
        if (notAvailable == null && programs() == null) {
            notAvailable = "PostgreSQL's programs (initdb, pg_ctl) are not installed under /usr/lib/postgresql/*/bin"
                    + " (apt-get install postgresql); the tests against a real server are skipped";
        }
        return notAvailable;
    }

    /** The server of this JVM, started on first use; null (with {@link #whyNotAvailable}) when none can be. */
    public static synchronized PostgresServer shared() {
        if (shared == null && whyNotAvailable() == null) {
            try {
                shared = start(false);
                PostgresServer stopping = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(stopping::destroy, "stop PostgreSQL"));
            } catch (IOException | RuntimeException e) {
                notAvailable = "A private PostgreSQL server could not be started (" + e.getMessage() + ")";
                throw new IllegalStateException(notAvailable, e);
            }
        }
        return shared;
    }

    /** A new server of its own (the benchmark's); {@code durable} keeps fsync on, as on a real server. */
    public static PostgresServer start(boolean durable) throws IOException {
        Path bin = programs();
        if (bin == null) {
            throw new IllegalStateException(whyNotAvailable());
        }
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("recovery-planner-pg");
        if (asRoot) {
            UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(ADMIN);
            Files.setOwner(folder, postgres);
        }
        PostgresServer server = new PostgresServer(bin, folder, freePort(), asRoot);
        server.run(List.of(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U", ADMIN,
                "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"));
        List<String> settings = new ArrayList<>(List.of("listen_addresses = '127.0.0.1'", "port = " + server.port,
                "unix_socket_directories = '" + folder + "'", "max_connections = 200", "shared_buffers = '64MB'"));
        if (!durable) {
            // a test server loses nothing it needs when the machine stops; the benchmark's keeps every commit safe
            settings.addAll(List.of("fsync = off", "synchronous_commit = off", "full_page_writes = off"));
        }
        Files.write(server.data.resolve("postgresql.auto.conf"), settings, StandardCharsets.UTF_8);
        // everyone is trusted, except PASSWORD_USER, who must give a password (the wrong-password test)
        Files.write(server.data.resolve("pg_hba.conf"), List.of("local all all trust",
                "host all " + PASSWORD_USER + " 127.0.0.1/32 scram-sha-256", "host all all 127.0.0.1/32 trust"),
                StandardCharsets.UTF_8);
        server.startAgain();
        return server;
    }

    /** Starts the server after {@link #stop} (a test that cut the connection brings it back). */
    public void startAgain() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("log").toString(),
                "-w", "-t", "60", "start"));
    }

    /** Stops the server at once: connections are cut, transactions in progress rolled back. */
    public void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }

    private void destroy() {
        try {
            stop();
        } catch (RuntimeException alreadyStopped) {
            // deleting anyway
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it up
        }
    }

    /** Stops and deletes a server of its own ({@link #start}). */
    @Override
    public void close() {
        destroy();
    }

    public int port() {
        return port;
    }

    /** A new empty database, owned by the admin user; its address has no password (trust). */
    public ServerAddress newEmptyDatabase() {
        return createDatabase("template0");
    }

    /**
     * A new database with the schema already migrated: a copy of one migrated once per server (Flyway
     * on every test's database would cost a second or two each).
     */
    public synchronized ServerAddress newDatabase() {
        if (template == null) {
            ServerAddress migrated = newEmptyDatabase();
            com.ublives.recovery.storage.Database.connect(migrated).close();
            template = migrated.database();
        }
        return createDatabase(template);
    }

    private ServerAddress createDatabase(String from) {
        String name = "rp_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + from);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database", e);
        }
        return address(name);
    }

    public ServerAddress address(String database) {
        return ServerAddress.of(url(database), ADMIN, null);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A connection to the maintenance database, as the admin user. */
    public Connection admin() throws SQLException {
        return DriverManager.getConnection(url("postgres"), ADMIN, "");
    }

    /** A connection to a test database, as the admin user. */
    public Connection connect(ServerAddress database) throws SQLException {
        return DriverManager.getConnection(database.url(), ADMIN, "");
    }

    /** Runs SQL as the admin user in the maintenance database (CREATE ROLE and the like). */
    public void adminSql(String sql) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of sessions waiting for a lock: tells a test that a command has reached a held lock. */
    public int waitingForLocks() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", ADMIN, "--"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + new String(output, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
