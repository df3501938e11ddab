package org.minewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minewatch.interfaces.HostileClientIT;

/**
 * The single-node bundle (web/target/minewatch.jar, as the README runs it) carries nothing of a cluster: it listens
 * on its HTTP port alone (no data-grid member, which would listen on every interface for members that never come),
 * and keeps web sessions in memory (no replicated store written at every request, which Payara's versioned session
 * cookie would show). A signed-in session still works from page to page. What Payara itself refuses before the
 * portal sees it carries the portal's security headers here too (HostileClientIT checks it on payara-micro.jar and
 * the WAR).
 */
class SingleNodeIT {

    private static PortalNode node;

    @BeforeAll
    static void startNode() throws Exception {
        node = PortalNode.named("single").build(); // the embedded default, with its demo data and demo accounts
        node.start().awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stopNode() throws Exception {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void the_bundle_listens_on_its_http_port_alone() throws IOException {
        int http = node.uri("/").getPort();
        assertThat(listeningPorts(node.pid())).as("TCP ports the bundle's process listens on").containsExactly(http);
        assertThat(node.logText()).as("the bundle's log").doesNotContain("Data Grid Status").doesNotContain("Hazelcast Instance Bound");
    }

    @Test
    void a_signed_in_session_lives_in_memory_and_carries_from_page_to_page() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ClusterFailoverIT.signIn(browser, node, "executive", "minewatch");

        HttpResponse<String> inbox = ClusterFailoverIT.page(browser, node, "/alerts.xhtml");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains(">executive<").doesNotContain("id=\"login\"");
        assertThat(cookies.getCookieStore().getCookies()).extracting(HttpCookie::getName)
                .as("a session cookie, and not the version cookie of Payara's replicated sessions").contains("JSESSIONID").doesNotContain("JSESSIONIDVERSION");
    }

    @Test
    void payaras_own_400s_carry_the_security_headers_in_the_bundle_too() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpResponse<String>> answers = List.of(
                http.send(HttpRequest.newBuilder(node.uri("/a%00b")).GET().build(), HttpResponse.BodyHandlers.ofString()),
                http.send(HttpRequest.newBuilder(node.uri("/login.xhtml")).header("Content-Type", "text/plain")
                        .method("GET", HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString()));
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.request().toString()).isEqualTo(400);
            assertThat(HostileClientIT.securityHeadersMissing(answer)).as(answer.request() + ": security headers missing").isEmpty();
        }
    }

    /**
     * The local ports a process listens on over TCP: the sockets among its open files (/proc/PID/fd) that
     * /proc/net/tcp and tcp6 list in the LISTEN state (0A).
     */
    private static Set<Integer> listeningPorts(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed between the listing and the reading is no listener
                }
            }
        }
        Set<Integer> ports = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
