package org.minewatch.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own: a new cluster (initdb) in a temporary folder, listening on a free
 * port of 127.0.0.1 only, trust authentication for {@code postgres}. The machine's shared server on 5432 is
 * not the test's to stop; this one is, so a test can take the database away under a running portal and
 * bring it back. Run as the {@code postgres} system user when the test runs as root (initdb refuses root).
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final boolean asPostgresUser;

    private PrivatePostgres(Path binaries, Path dataDirectory, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates the cluster (not started). */
    public static PrivatePostgres create() throws IOException, InterruptedException {
        Path binaries = newestServerBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("minewatch-pg-");
        Path data = folder.resolve("data");
        PrivatePostgres postgres = new PrivatePostgres(binaries, data, PortalNode.freePort(), root);
        if (root) {
            postgres.run(List.of("chown", "postgres:postgres", folder.toString()), false);
        }
        postgres.run(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "--encoding=UTF8", "--no-sync"), true);
        return postgres;
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() throws IOException, InterruptedException {
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-l", dataDirectory.resolveSibling("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataDirectory + " -c fsync=on", "start"), true);
    }

    /**
     * Stops the server the way an administrator would for maintenance ({@code pg_ctl stop -m fast}): sessions
     * are cut and in-flight transactions roll back; what was committed stays.
     */
    public void stop() throws IOException, InterruptedException {
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-w", "-t", "60", "-m", "fast", "stop"), true);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            run(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-w", "-m", "immediate", "stop"), true);
        }
        try (var files = Files.walk(dataDirectory.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void run(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asServerUser && asPostgresUser) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(command);
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", line) + " failed: " + output);
        }
    }

    /** Debian installs each server version under /usr/lib/postgresql/N/bin; the newest is taken. */
    private static Path newestServerBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        String[] versions = root.toFile().list();
        if (versions == null || versions.length == 0) {
            throw new IOException("No PostgreSQL server binaries under " + root + " (Debian package postgresql)");
        }
        String newest = Arrays.stream(versions).max(Comparator.comparingInt(version -> Integer.parseInt(version.replaceAll("\\D.*", "")))).orElseThrow();
        return root.resolve(newest).resolve("bin");
    }
}
