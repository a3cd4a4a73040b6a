package org.wps.commitments.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.testing.Http;

/**
 * The hostile-model corpus ({@code src/test/resources/hostile-models/index.txt}): models a designer's stolen
 * credentials could deploy from Camunda Modeler to run code on the server or in every Tasklist user's browser:
 * method calls on engine objects in every place an expression can stand, other beans than the allow-list, scripts,
 * foreign classes, HTML forms and resources, other expression languages, FEEL external functions, external
 * entities. Each is deployed over {@code /engine-rest/deployment/create} as the designer and must be refused with
 * 400 naming the element and the rule, with nothing deployed.
 */
@TrackerTest
class HostileModelsHttpTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile-models");

    @LocalServerPort
    int port;

    record Hostile(String file, String elementId, String finding, String attempt) {
        @Override
        public String toString() {
            return file + " (" + attempt + ")";
        }
    }

    static List<Hostile> corpus() {
        try {
            return Files.readAllLines(CORPUS.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\s*\\|\\s*", 4))
                    .map(parts -> new Hostile(parts[0].strip(), parts[1], parts[2], parts[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusHoldsAtLeastThirtyModelsAndEveryFileIsListed() throws IOException {
        List<Hostile> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> onDisk = files.map(
                            path -> path.getFileName().toString() + (Files.isDirectory(path) ? "/" : ""))
                    .filter(name -> !name.equals("index.txt"))
                    .toList();
            assertThat(corpus.stream().map(Hostile::file)).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    static Stream<Hostile> hostileModels() {
        return corpus().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileModels")
    void isRefusedNamingTheElement_andNothingIsDeployed(Hostile hostile) {
        Http http = new Http(port);
        long deployments = deploymentCount(http);

        Http.Response response = http.deploy("designer", files(hostile.file()));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode body = response.json();
        List<String> findings = new ArrayList<>();
        body.path("details").forEach(report -> report.path("errors")
                .forEach(error -> findings.add(error.path("mainElementId").asText() + " | "
                        + error.path("message").asText())));
        assertThat(findings)
                .as(response.body())
                .anyMatch(f -> f.startsWith(hostile.elementId() + " | ") && f.contains(hostile.finding()));
        assertThat(body.path("message").asText()).contains(hostile.elementId() + ": ");
        assertThat(deploymentCount(http))
                .as("nothing of a refused deployment is deployed")
                .isEqualTo(deployments);
    }

    private static long deploymentCount(Http http) {
        var count = http.get("/engine-rest/deployment/count", "designer");
        assertThat(count.status()).as(count.body()).isEqualTo(200);
        return count.json().path("count").asLong();
    }

    private static Map<String, String> files(String entry) {
        Path path = CORPUS.resolve(entry);
        Map<String, String> files = new LinkedHashMap<>();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> inside = Files.list(path)) {
                    for (Path file : inside.sorted().toList()) {
                        files.put(file.getFileName().toString(), Files.readString(file));
                    }
                }
            } else {
                files.put(path.getFileName().toString(), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
