package dev.fivewhys.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fivewhys.core.ValidationProblem;

class PullRequestReferenceTest {

    private static final String REPOSITORY = "netra-systems/netra-apex";

    @ParameterizedTest
    @ValueSource(strings = {
            "156",
            "#156",
            " # 156 ",
            "netra-systems/netra-apex#156",
            "https://github.com/netra-systems/netra-apex/pull/156",
            "https://github.com/netra-systems/netra-apex/pull/156/files",
            "https://github.com/netra-systems/netra-apex/pull/156#issuecomment-3272998681",
            "https://github.com/Netra-Systems/Netra-Apex/pull/156",
            "http://www.github.com/netra-systems/netra-apex/pull/156?w=1" })
    void readsTheSeedsPullRequestHoweverItIsWritten(String typed) {
        PullRequestReference reference = PullRequestReference.parse(typed, REPOSITORY);

        assertEquals(new PullRequestReference(REPOSITORY, 156), reference);
        assertEquals("#156", reference.toString());
        assertEquals("https://github.com/netra-systems/netra-apex/pull/156", reference.url());
    }

    @Test
    void itsOwnTextReadsBack() {
        PullRequestReference reference = PullRequestReference.parse("156", REPOSITORY);

        assertEquals(reference, PullRequestReference.parse(reference.toString(), REPOSITORY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                                  | Enter the pull request number, e.g. 156, or paste its link",
            "https://github.com/someone/fork/pull/156            | That pull request is in someone/fork, but this project's repository is netra-systems/netra-apex",
            "someone/fork#156                                    | That pull request is in someone/fork, but this project's repository is netra-systems/netra-apex",
            "https://github.com/netra-systems/netra-apex/issues/152 | That link is to issue #152, not to a pull request",
            "https://github.com/netra-systems/netra-apex         | That link is not to a pull request; it should look like https://github.com/netra-systems/netra-apex/pull/156",
            "https://gitlab.com/netra-systems/netra-apex/pull/156 | Only github.com pull request links are understood; enter the number instead, e.g. 156",
            "PR one-five-six                                     | \"PR one-five-six\" is not a pull request: enter its number (156 or #156) or its link",
            "0                                                   | \"#0\" is not a pull request number; they start at 1",
            "#12345678901                                        | \"#12345678901\" is not a pull request number; it is far too large" })
    void saysWhatIsWrong(String typed, String message) {
        assertEquals(message,
                assertThrows(ValidationProblem.class, () -> PullRequestReference.parse(typed, REPOSITORY)).getMessage());
    }

    @Test
    void aProjectWithoutRepositoryCannotTakeAPullRequest() {
        assertEquals("This project has no GitHub repository yet; set it on the project first",
                assertThrows(ValidationProblem.class, () -> PullRequestReference.parse("156", " ")).getMessage());
    }
}
