package dev.fivewhys.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one way tests read files: from the classpath, so a fresh clone needs nothing beside it. Fixtures live in
 * {@code src/test/resources/fixtures/} (origins in its SOURCES.md); the team's two logs are the demo data in
 * {@code src/main/resources/demo/}.
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** A file on the classpath, e.g. {@code open("fixtures/junit/x.xml")}; the caller closes it. */
    public static InputStream open(String path) {
        InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("no " + path + " on the test classpath");
        }
        return in;
    }

    public static byte[] bytes(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** The names of the files in a classpath directory (test resources are a directory under target/), sorted. */
    public static List<String> list(String directory) {
        URL url = TestFiles.class.getClassLoader().getResource(directory);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalArgumentException("no directory " + directory + " on the test classpath: " + url);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }
}
