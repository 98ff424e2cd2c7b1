package dev.fivewhys.github;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the WireMock stub of GitHub in the test JVM and points the app at it. */
public class GitHubStubResource implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN = "ghp_test-token-never-logged";
    private static GitHubStub stub;

    public static GitHubStub stub() {
        return stub;
    }

    @Override
    public Map<String, String> start() {
        stub = GitHubStub.start();
        return Map.of("fivewhys.github.api-url", stub.baseUrl(),
                "fivewhys.github.token", TOKEN,
                // Short, so the timeout test does not wait long.
                "fivewhys.github.read-timeout", "1500ms");
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }
}
