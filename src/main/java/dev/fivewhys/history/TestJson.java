package dev.fivewhys.history;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Tests as the JSON API shows them: for CI (what is quarantined) and for tools (history, flakiness). */
public final class TestJson {

    private TestJson() {
    }

    public record Quarantine(String reason, String owner, Instant until,
            @Schema(description = "It ends after this many consecutive passes, when set") Integer releaseAfterPasses,
            @Schema(description = "Consecutive passes so far") int passes, String by, Instant since) {

        static Quarantine of(TestCase test, Instant now) {
            return !test.quarantinedAt(now) ? null
                    : new Quarantine(test.quarantineReason, test.quarantineOwner, test.quarantinedUntil,
                            test.quarantineReleaseAfter, test.quarantinePasses, test.quarantinedBy, test.quarantinedAt);
        }
    }

    public record Item(
            long id,
            String project,
            String suite,
            String className,
            String name,
            String file,
            Instant firstSeenAt,
            boolean flaky,
            @Schema(description = "Which flaky rule it met, e.g. \"passed and failed on commit 8365f3012abc\"") String flakyReason,
            Instant flakySince,
            @Schema(description = "Null when the test is not quarantined") Quarantine quarantine,
            String page) {

        static Item of(TestCase test, Instant now) {
            return new Item(test.id, test.project.slug, test.suite, test.className, test.name, test.file,
                    test.firstSeenAt, test.flaky, test.flakyReason, test.flakySince,
                    Quarantine.of(test, now), "/tests/" + test.id);
        }
    }

    public record Page(int page, int size, long total, List<Item> items) {
    }

    public record Event(Instant at, String kind, String note, String actor) {
    }

    /** One test with its latest results (oldest first), pass rate and median duration over them, and its history. */
    public record Detail(Item test,
            @Schema(description = "Percent of the latest results that passed, of those that passed or failed") Integer passRatePercent,
            Long medianDurationMs, List<TestOutcomes.Outcome> outcomes, List<Event> history) {
    }

    /** What a quarantine says, as sent: the same fields and limits as the page's form. */
    public record QuarantineWrite(String reason, String owner,
            @Schema(description = "When the quarantine ends, at most a year from now") Instant until,
            @Schema(description = "End it after this many consecutive passes (1 to 1,000), or null") Integer releaseAfterPasses) {

        QuarantineContent content() {
            return new QuarantineContent(reason, owner, until, releaseAfterPasses);
        }
    }
}
