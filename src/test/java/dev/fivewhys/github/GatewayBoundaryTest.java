package dev.fivewhys.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The design keeps github-api behind one class; this catches a second class reaching for it. */
class GatewayBoundaryTest {

    @Test
    void onlyTheGatewayUsesTheGitHubLibrary() throws IOException {
        List<String> users;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            users = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("org.kohsuke.github"))
                    .map(p -> p.getFileName().toString())
                    .toList();
        }
        assertEquals(List.of("GitHubGateway.java"), users);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
