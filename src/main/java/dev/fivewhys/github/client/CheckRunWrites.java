package dev.fivewhys.github.client;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.kohsuke.github.GHCheckRun;
import org.kohsuke.github.GHCheckRunBuilder;
import org.kohsuke.github.GHRepository;

/** How the gateway keeps one check run per name and commit with the github-api library. */
final class CheckRunWrites {

    private CheckRunWrites() {
    }

    static void upsert(GHRepository repository, String sha, CheckRun run) throws IOException {
        Optional<GHCheckRun> existing = existing(repository, sha, run.name());
        GHCheckRunBuilder builder = existing.isPresent() ? repository.updateCheckRun(existing.get().getId())
                : repository.createCheckRun(run.name(), sha);
        builder.withStatus(GHCheckRun.Status.valueOf(run.status().name()))
                .withDetailsURL(run.detailsUrl())
                .withExternalID(run.externalId());
        if (run.conclusion() != null) {
            builder.withConclusion(GHCheckRun.Conclusion.valueOf(run.conclusion().name()));
        }
        GHCheckRunBuilder.Output output = new GHCheckRunBuilder.Output(run.title(), run.summary());
        for (CheckRun.Annotation a : run.annotations()) {
            output.add(new GHCheckRunBuilder.Annotation(a.path(), a.startLine(), a.endLine(),
                    GHCheckRun.AnnotationLevel.valueOf(a.level().name()), a.message()));
        }
        builder.add(output).create();
    }

    /** GitHub filters by name itself; the name is checked again because a filter is only a promise. */
    private static Optional<GHCheckRun> existing(GHRepository repository, String sha, String name) throws IOException {
        for (GHCheckRun run : repository.getCheckRuns(sha, Map.of("check_name", name)).withPageSize(GitHubCalls.PAGE)) {
            if (name.equals(run.getName())) {
                return Optional.of(run);
            }
        }
        return Optional.empty();
    }
}
