package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    // Problem and root cause of the seeds' two WebSocket 1011 analyses (sessions of 2025-09-10 and 2025-09-09).
    private static final String DB_IMPORT = "All real WebSocket message flows fail with 1011 internal server errors. "
            + "SSOT database consolidation broke WebSocket import dependencies: cannot import name "
            + "'get_db_session_factory' from 'netra_backend.app.db.session'";
    private static final String FALLBACK_IMPORT = "WebSocket events fail with 1011 internal server error on staging. "
            + "Fatal fallback import behavior setting get_connection_state_machine to None";
    private static final String UNRELATED = "Login to staging returns 403: the auth service rejected OAuth client "
            + "secrets that expired after rotation";

    @Test
    void theTwoWebSocket1011AnalysesAreMoreAlikeThanAnUnrelatedOne() {
        double same = TextSimilarity.score(DB_IMPORT, FALLBACK_IMPORT);

        assertTrue(same > TextSimilarity.score(DB_IMPORT, UNRELATED));
        assertTrue(same > TextSimilarity.score(FALLBACK_IMPORT, UNRELATED));
        assertTrue(TextSimilarity.isSimilar(DB_IMPORT, FALLBACK_IMPORT));
        assertFalse(TextSimilarity.isSimilar(DB_IMPORT, UNRELATED));
        assertFalse(TextSimilarity.isSimilar(FALLBACK_IMPORT, UNRELATED));
    }

    @Test
    void explainsAMatchByTheSharedTerms() {
        assertEquals(Set.of("1011", "error", "fail", "import", "internal", "server", "websocket"),
                TextSimilarity.sharedTerms(DB_IMPORT, FALLBACK_IMPORT));
    }

    @Test
    void normalizesCaseFillerWordsEndingsAndIdentifiers() {
        assertEquals(Set.of("db", "session", "factory", "websocket", "error", "fail"),
                TextSimilarity.terms("get_db_session_factory: the WebSocket errors; failing"));
        assertEquals(1.0, TextSimilarity.score("Failed imports", "failing import"));
    }

    @Test
    void isSymmetricAndBounded() {
        assertEquals(TextSimilarity.score(DB_IMPORT, FALLBACK_IMPORT), TextSimilarity.score(FALLBACK_IMPORT, DB_IMPORT));
        assertEquals(1.0, TextSimilarity.score(DB_IMPORT, DB_IMPORT));
        assertEquals(0.0, TextSimilarity.score(DB_IMPORT, ""));
        assertEquals(0.0, TextSimilarity.score(null, "the of and"));
    }
}
