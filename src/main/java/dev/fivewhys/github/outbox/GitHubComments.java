package dev.fivewhys.github.outbox;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisWhy;
import dev.fivewhys.audit.AuditCheck;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.StabilityCheck;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixFile;

/**
 * What a failure's analyses, fixes, audits and stability validations say on GitHub: one comment each
 * on the failure's issue, and on each fix's pull request one comment with its audit, stability and
 * go/no-go that points back to the issue.
 */
@ApplicationScoped
public class GitHubComments implements FailureCommentSource {

    @Inject
    FiveWhysConfig config;

    @Override
    public List<RecordComment> issueComments(Failure failure) {
        List<RecordComment> comments = new ArrayList<>();
        for (Analysis analysis : Analysis.listForFailure(failure)) {
            comments.add(new RecordComment("analysis", analysis.id, analysis(analysis)));
            for (Fix fix : Fix.listForAnalysis(analysis)) {
                comments.add(new RecordComment("fix", fix.id, fix(fix)));
                ComplianceAudit.listForFix(fix).forEach(a -> comments.add(new RecordComment("audit", a.id, audit(a))));
                StabilityValidation.listForFix(fix)
                        .forEach(v -> comments.add(new RecordComment("stability", v.id, stability(v))));
            }
        }
        return comments;
    }

    @Override
    public List<PullRequestComment> pullRequestComments(Failure failure, String issueUrl) {
        List<PullRequestComment> comments = new ArrayList<>();
        for (Analysis analysis : Analysis.listForFailure(failure)) {
            for (Fix fix : Fix.listForAnalysis(analysis)) {
                // A pull request of another repository cannot be commented on through this project's issue.
                if (fix.pullRequestNumber != null
                        && fix.pullRequestRepository.equalsIgnoreCase(failure.project.githubRepository)) {
                    comments.add(new PullRequestComment("fix-pr", fix.id, fix.pullRequestNumber, pullRequest(fix, issueUrl)));
                }
            }
        }
        return comments;
    }

    String analysis(Analysis analysis) {
        StringBuilder md = new StringBuilder("## Five whys analysis (").append(analysis.status.label).append(")\n\n");
        section(md, "Problem", analysis.problemStatement);
        for (AnalysisWhy why : analysis.whys) {
            md.append("**Why #").append(why.position).append(":** ").append(why.answer).append('\n');
            if (why.evidenceGiven()) {
                md.append("  _Evidence:_ ").append(why.evidence).append('\n');
            }
        }
        md.append('\n');
        section(md, "Root cause",
                analysis.rootCause + (analysis.category == null ? "" : " _(" + analysis.category.name + ")_"));
        section(md, "Fix identified", analysis.fixIdentified);
        section(md, "Prevention strategy", analysis.preventionStrategy);
        return md.append(link("/analyses/" + analysis.id)).toString();
    }

    String fix(Fix fix) {
        StringBuilder md = new StringBuilder("## Fix (").append(fix.status.label).append(")\n\n").append(fix.summary)
                .append("\n\n");
        if (!fix.files.isEmpty()) {
            md.append("**Files modified:**\n");
            for (FixFile file : fix.files) {
                md.append("- `").append(file.path).append('`');
                if (!file.lineRanges.isBlank()) {
                    md.append(" (lines ").append(file.lineRanges).append(')');
                }
                md.append('\n');
            }
            md.append('\n');
        }
        if (fix.commitSha != null) {
            md.append("**Commit:** ").append(fix.commitSha).append('\n');
        }
        if (fix.branch != null) {
            md.append("**Branch:** `").append(fix.branch).append("`\n");
        }
        if (fix.pullRequestNumber != null) {
            md.append("**Pull request:** ").append(fix.pullRequestRepository).append('#').append(fix.pullRequestNumber)
                    .append('\n');
        }
        fix.tests.forEach(t -> md.append("**New test:** `").append(t.path).append("` (").append(t.kind).append(")\n"));
        md.append('\n');
        decision(md, GoNoGo.of(fix));
        return md.append(link("/fixes/" + fix.id)).toString();
    }

    String audit(ComplianceAudit audit) {
        StringBuilder md = new StringBuilder("## ").append(audit.kind).append(" compliance audit: ")
                .append(audit.score()).append("\n\n");
        if (!audit.checks.isEmpty()) {
            md.append("| Check | Score | Outcome | Note |\n|---|---:|---|---|\n");
            for (AuditCheck check : audit.checks) {
                md.append("| ").append(cell(check.name)).append(" | ").append(check.score == null ? "" : check.score + " %")
                        .append(" | ").append(check.outcome.label).append(" | ").append(cell(check.note)).append(" |\n");
            }
            md.append('\n');
        }
        section(md, "Verdict", audit.verdict);
        md.append("**Recommendation:** ").append(audit.recommendation.label).append('\n');
        audit.conditions.forEach(c -> md.append("- ").append(c).append('\n'));
        if (audit.reportPath != null) {
            md.append("\n**Report:** `").append(audit.reportPath).append("`\n");
        }
        if (audit.auditor != null) {
            md.append("**Auditor:** ").append(audit.auditor).append('\n');
        }
        return md.append('\n').append(link("/fixes/" + audit.fix.id)).toString();
    }

    String stability(StabilityValidation validation) {
        StringBuilder md = new StringBuilder("## Stability validation: ").append(validation.readiness.label)
                .append(", ").append(validation.riskLevel.label).append(" risk\n\n");
        if (!validation.checks.isEmpty()) {
            md.append("| Check | Outcome | Measurement |\n|---|---|---|\n");
            for (StabilityCheck check : validation.checks) {
                md.append("| ").append(cell(check.name)).append(" | ").append(check.outcome.label).append(" | ")
                        .append(cell(check.measurement)).append(" |\n");
            }
            md.append('\n');
        }
        section(md, "Notes", validation.notes);
        return md.append(link("/fixes/" + validation.fix.id)).toString();
    }

    String pullRequest(Fix fix, String issueUrl) {
        StringBuilder md = new StringBuilder("## Five Whys: compliance and stability of this fix\n\n");
        md.append("This pull request fixes the failure tracked in ").append(issueUrl).append(".\n\n");
        ComplianceAudit audit = ComplianceAudit.latestFor(fix);
        StabilityValidation stability = StabilityValidation.latestFor(fix);
        md.append("- **Audit:** ").append(audit == null ? "none yet"
                : audit.kind + " " + audit.score() + ", " + audit.recommendation.label).append('\n');
        md.append("- **Stability:** ").append(stability == null ? "none yet"
                : stability.readiness.label + ", " + stability.riskLevel.label + " risk").append("\n\n");
        decision(md, GoNoGo.of(fix));
        return md.append(link("/fixes/" + fix.id)).toString();
    }

    private static void decision(StringBuilder md, GoNoGo.Decision decision) {
        md.append("**Go/no-go:** ").append(decision.verdict().label).append('\n');
        decision.blockers().forEach(b -> md.append("- Blocked: ").append(b).append('\n'));
        // a condition is markdown as written, maybe of several lines: they stay inside its list item
        decision.conditions().forEach(c -> md.append("- Condition: ").append(c.replace("\n", "\n  ")).append('\n'));
        md.append('\n');
    }

    private static void section(StringBuilder md, String heading, String text) {
        if (text != null && !text.isBlank()) {
            md.append("**").append(heading).append(":** ").append(text.strip()).append("\n\n");
        }
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    private String link(String path) {
        return "[Open in Five Whys](" + config.absolute(path) + ")\n";
    }
}
