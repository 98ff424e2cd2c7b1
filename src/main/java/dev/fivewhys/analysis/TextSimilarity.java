package dev.fivewhys.analysis;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * "This happened before": how alike two analyses' texts are, simple enough to explain on the page.
 * <p>
 * Each text becomes its set of terms: words split at anything that is not a letter or digit, underscores included
 * (so {@code get_db_session_factory} yields {@code db session factory}), lower-cased, without common English and code
 * filler words, with plural and -ing/-ed endings cut. CamelCase is left whole, so "WebSocket" meets "websocket". The score is
 * the Jaccard index:
 * shared terms divided by all distinct terms of both, from 0 (nothing shared) to 1 (same terms).
 * {@link #sharedTerms} gives the words to show as the reason.
 */
public final class TextSimilarity {

    /**
     * From this score on, an earlier analysis is offered as "similar". Two write-ups of the same symptom with
     * different causes (the seeds' two WebSocket 1011 analyses) score about 0.23; unrelated ones stay near 0.
     */
    public static final double SIMILAR_THRESHOLD = 0.15;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before",
            "being", "but", "by", "can", "could", "did", "do", "does", "due", "during", "each", "for", "from", "had",
            "has", "have", "how", "if", "in", "into", "is", "it", "its", "may", "more", "no", "not", "of", "on",
            "only", "or", "other", "our", "out", "over", "same", "should", "so", "some", "such", "than", "that",
            "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
            "under", "up", "use", "used", "very", "was", "we", "were", "what", "when", "where", "which", "while",
            "who", "why", "will", "with", "would",
            // Words of code, and of this application's every test run, that say nothing about a cause.
            "get", "set", "none", "null", "true", "false", "self", "def", "app", "staging", "e2e");

    private TextSimilarity() {
    }

    /** Jaccard index of the two texts' terms; 0 when either has none. */
    public static double score(String a, String b) {
        Set<String> termsA = terms(a);
        Set<String> termsB = terms(b);
        if (termsA.isEmpty() || termsB.isEmpty()) {
            return 0;
        }
        Set<String> shared = new LinkedHashSet<>(termsA);
        shared.retainAll(termsB);
        Set<String> union = new LinkedHashSet<>(termsA);
        union.addAll(termsB);
        return (double) shared.size() / union.size();
    }

    public static boolean isSimilar(String a, String b) {
        return score(a, b) >= SIMILAR_THRESHOLD;
    }

    /** The terms both texts share, sorted: the reason to show for a match. */
    public static Set<String> sharedTerms(String a, String b) {
        Set<String> shared = new TreeSet<>(terms(a));
        shared.retainAll(terms(b));
        return shared;
    }

    /** The normalized terms of a text, in order of first appearance. */
    public static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        Arrays.stream(NON_WORD.split(text))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .filter(word -> word.length() > 1 && !STOP_WORDS.contains(word))
                .map(TextSimilarity::stem)
                .forEach(terms::add);
        return terms;
    }

    /** Cuts the commonest English endings, so "errors", "failing" and "failed" meet "error" and "fail". */
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
