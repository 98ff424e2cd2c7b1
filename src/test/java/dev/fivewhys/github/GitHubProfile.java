package dev.fivewhys.github;

import java.util.List;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app pointed at the WireMock stub of GitHub, on {@link TestTime}. Only tests that talk to GitHub use it, and
 * they share it, so Quarkus starts once for all of them (each distinct profile is a restart).
 */
public class GitHubProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(GitHubStubResource.class));
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestTime.class);
    }
}
