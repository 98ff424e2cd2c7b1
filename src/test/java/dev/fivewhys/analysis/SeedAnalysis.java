package dev.fivewhys.analysis;

import java.time.Instant;
import java.util.List;

import dev.fivewhys.project.Project;
import dev.fivewhys.support.AnalysisFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The five-whys analysis, fix, audit and stability validation of the first seed log (000_…), as typed there. */
final class SeedAnalysis {

    static final String PROBLEM = "All real WebSocket message flows fail with 1011 internal errors after connecting: "
            + "`cannot import name 'get_db_session_factory' from 'netra_backend.app.db.session'`";
    static final List<String> WHYS = List.of(
            "Function moved during database_manager SSOT consolidation",
            "Database factory pattern refactored to centralized system",
            "Integration tests didn't validate cross-module import dependencies",
            "Staging environment stricter validation exposed the gap",
            "Missing import validation in deployment pipeline");
    static final String ROOT_CAUSE = "SSOT database consolidation broke WebSocket import dependencies";
    static final String FIX_IDENTIFIED = "Update import from `netra_backend.app.db.session` to "
            + "`netra_backend.app.db.database_manager`";
    static final String PREVENTION = "Implement cross-module dependency tracking and validation";

    static final String FIX_SUMMARY = "Updated WebSocket manager factory imports from `get_db_session_factory` to "
            + "`get_database_manager`";
    static final String FILE = "/netra_backend/app/websocket_core/websocket_manager_factory.py";
    static final String LINES = "2352-2353, 2465-2466";
    static final String COMMIT = "8365f3012";
    static final String PULL_REQUEST = "https://github.com/netra-systems/netra-apex/pull/156#issuecomment-3272998681";

    /** name, score ("" for none), outcome, note. */
    static final List<List<String>> AUDIT_CHECKS = List.of(
            List.of("SSOT Validation", "100", "PASS", "Fix uses canonical database access method"),
            List.of("Import Validation", "100", "PASS", "All imports architecturally sound, no circular dependencies"),
            List.of("Functional Validation", "100", "PASS", "Database manager integration working correctly"),
            List.of("Cross-Module Impact", "100", "PASS", "No regressions detected"),
            List.of("Mega Class Size", "", "WARN",
                    "File exceeds 2000 lines (2660 lines) - pre-existing issue, not introduced by fix"));
    static final String AUDIT_VERDICT = "PASS (96% compliance score): architecturally sound and ready for staging";

    /** name, outcome, measurement. */
    static final List<List<String>> STABILITY_CHECKS = List.of(
            List.of("Import Chain Stability", "PASS", "All critical imports successful, no cascade failures"),
            List.of("Cross-Module Integration", "PASS", "WebSocket ↔ Database connectivity working correctly"),
            List.of("Performance Impact", "PASS", "Database manager creation 0.0008s average"),
            List.of("Error Handling Stability", "PASS", "Graceful degradation and error handling maintained"),
            List.of("SSOT Compliance", "PASS", "No new violations introduced"));
    static final String STABILITY_NOTES = "DEPLOYMENT APPROVED - system stability maintained (LOW RISK, HIGH BUSINESS VALUE)";

    private SeedAnalysis() {
    }

    /** The seeds' project (with its GitHub repository, which pull requests are checked against) and the failure. */
    static long failure(String slug) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Project.findBySlug(slug).isEmpty()) {
                Project project = new Project();
                project.name = "Netra Apex " + slug;
                project.slug = slug;
                project.githubRepository = "netra-systems/netra-apex";
                project.createdAt = Instant.now();
                project.persist();
            }
        });
        return AnalysisFixtures.failure(slug, "ImportError",
                "cannot import name 'get_db_session_factory' from 'netra_backend.app.db.session'");
    }

    static long categoryId(String name) {
        return QuarkusTransaction.requiringNew().call(() -> RootCauseCategory.findByName(name).orElseThrow().id);
    }
}
