package org.minewatch.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One Payara Micro process running the portal as built, for the tests that must do to a node what Arquillian cannot: start several on one database, cluster them,
 * kill one with SIGKILL in the middle of its work, start it again. Each node has its own folder under
 * target/nodes (its log, and its embedded database when it has no configured one); Payara's runtime folder is
 * a new temporary one at every start, as with the bundle. It talks over 127.0.0.1 only.
 *
 * <p>By default a node is the single-node bundle itself (web/target/minewatch.jar: no data grid, sessions in
 * memory); {@link Builder#clusteredWith} runs web/target/ROOT.war on web/target/payara-micro.jar instead, as the
 * README's cluster does, joined to a data grid found by a TCP/IP member list on 127.0.0.1, never multicast
 * (STACK.md trap 7).
 */
public final class PortalNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int httpPort;
    private final Path folder;
    private final List<String> command;
    private final Map<String, String> environment;
    private Process process;
    private volatile String notReadyBecause = "not asked yet";

    private PortalNode(Builder builder) {
        this.name = builder.name;
        this.httpPort = builder.httpPort;
        this.folder = builder.folder;
        this.environment = builder.environment;
        this.command = builder.command();
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Starts the process (again, after {@link #kill()}) and returns without waiting for it to be ready. */
    public PortalNode start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        Files.createDirectories(folder);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("MINEWATCH_"));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    /**
     * Waits until {@code /health/ready} answers 200 (the database migrated, loaded and answering) and the
     * application serves its pages: Payara answers the health check a few seconds before the web module is
     * loaded, and a request in between gets a 404.
     */
    public PortalNode awaitReady(Duration timeout) {
        try {
            Awaitility.await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .failFast(name + " exited before it was ready; see " + log(), () -> !process.isAlive())
                    .until(this::isReady);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(name + " not ready after " + timeout + " (last: " + notReadyBecause + "); see " + log(), e);
        }
        return this;
    }

    public boolean isReady() {
        try {
            for (String path : List.of("/health/ready", "/login.xhtml")) {
                HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build();
                int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    notReadyBecause = path + " answered " + status;
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            notReadyBecause = e.toString();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no undeployment, whatever was in flight is cut. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM and wait: an orderly stop. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    public URI base() {
        return uri("/");
    }

    public String name() {
        return name;
    }

    /** The node's console output (Payara's log), appended to across restarts. */
    public Path log() {
        return folder.resolve("node.log");
    }

    public String logText() throws IOException {
        return Files.exists(log()) ? Files.readString(log()) : "";
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    @Override
    public String toString() {
        return name + " (http://127.0.0.1:" + httpPort + ")";
    }

    /** A free TCP port on the loopback interface, for a node's HTTP listener or data grid. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public static final class Builder {

        private final String name;
        private final Path folder;
        private final Map<String, String> environment = new LinkedHashMap<>();
        /** The data grid's options; none for the single-node bundle. */
        private final List<String> clusterOptions = new ArrayList<>();
        private int httpPort;
        private String heap = "512m";
        /** Further JVM options: those of the system property minewatch.node.jvmOptions (failsafe sets it, see web/pom.xml), unless {@link #jvmOptions} says otherwise. */
        private List<String> jvmOptions = splitOptions(System.getProperty("minewatch.node.jvmOptions", ""));

        private Builder(String name) {
            this.name = name;
            this.folder = Path.of(System.getProperty("minewatch.nodes.dir", "target/nodes")).toAbsolutePath().resolve(name);
        }

        /** A configured database (MINEWATCH_DB_URL); without it the node uses an embedded H2 in its own folder. */
        public Builder database(String jdbcUrl, String user) {
            environment.put("MINEWATCH_DB_URL", jdbcUrl);
            environment.put("MINEWATCH_DB_USER", user);
            return this;
        }

        public Builder environment(String variable, String value) {
            environment.put(variable, value);
            return this;
        }

        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** JVM options in the place of those of minewatch.node.jvmOptions (none: the JVM's defaults, as the README runs a node). */
        public Builder jvmOptions(String... options) {
            this.jvmOptions = List.of(options);
            return this;
        }

        private static List<String> splitOptions(String options) {
            return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
        }

        public Builder heap(String size) {
            this.heap = size;
            return this;
        }

        /**
         * Joins the named data grid, its own member listening on {@code gridPort} of 127.0.0.1 and finding the
         * others by a TCP/IP member list on 127.0.0.1, never multicast. Host-aware partitioning is off, or
         * Hazelcast would keep no backup of a session on another member of the same address, and a node's
         * death would lose its sessions.
         */
        public Builder clusteredWith(String clusterName, int gridPort, List<Integer> memberGridPorts) {
            String members = memberGridPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
            clusterOptions.clear();
            clusterOptions.addAll(List.of("--clustermode", "tcpip:" + members, "--clustername", clusterName, "--startport",
                    Integer.toString(gridPort), "--interfaces", "127.0.0.1", "--nohostaware"));
            return this;
        }

        /** A node of this name starts with a new log (a restart of the same node appends to it). */
        public PortalNode build() throws IOException {
            Files.deleteIfExists(folder.resolve("node.log"));
            if (httpPort == 0) {
                httpPort = freePort();
            }
            environment.putIfAbsent("MINEWATCH_DATA_DIR", folder.resolve("data").toString());
            return new PortalNode(this);
        }

        private List<String> command() {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // as the README runs a node: a node whose heap runs out exits at once, to be replaced, rather than lingering
            List<String> command = new ArrayList<>(List.of(java, "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError", "-Xms" + heap, "-Xmx" + heap));
            command.addAll(jvmOptions);
            command.add("-jar");
            if (clusterOptions.isEmpty()) {
                command.add(required("minewatch.bundle")); // its WAR and boot options are inside it
            } else {
                command.addAll(List.of(required("payara.microJar"), "--deploy", required("minewatch.war"), "--disablephonehome"));
            }
            command.addAll(List.of("--port", Integer.toString(httpPort), "--name", name));
            command.addAll(clusterOptions);
            return command;
        }

        private static String required(String property) {
            String value = System.getProperty(property);
            if (value == null) {
                throw new IllegalStateException("System property " + property + " is not set (failsafe sets it; see web/pom.xml)");
            }
            return value;
        }
    }
}
