package dev.fivewhys.logbook;

import java.util.Map;

import dev.fivewhys.support.TestFiles;

/**
 * The teams' two hand-kept logs. They ship as dev mode's demo data ({@code src/main/resources/demo/}), so tests
 * read them there rather than keep a second copy; {@link #SHA_256} pins them to the team's originals.
 */
final class Seeds {

    static final String GOLDEN_PATH = "000_40275d03c533f832.txt";
    static final String NIGHT_VALIDATION = "004_f6ef80675e494233.txt";

    /** The SHA-256 of each log as the team wrote (and garbled) it. */
    static final Map<String, String> SHA_256 = Map.of(
            GOLDEN_PATH, "743e013c0711a70c76df3681c41706d0f495d4d91bbac61dfe1b1fb05a471d88",
            NIGHT_VALIDATION, "88d53615e420eca94fe14249796481d0e961fb3783fbf7bc2d6c8f4de6a0e0fc");

    private Seeds() {
    }

    static byte[] bytes(String name) {
        return TestFiles.bytes("demo/" + name);
    }

    static String read(String name) {
        return TestFiles.text("demo/" + name);
    }
}
