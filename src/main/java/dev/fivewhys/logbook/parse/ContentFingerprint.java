package dev.fivewhys.logbook.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Identifies a log's content regardless of line endings, indentation or trailing spaces. */
public final class ContentFingerprint {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private ContentFingerprint() {
    }

    /** Lower-case hex SHA-256 of the NFC-normalized text with whitespace runs collapsed to one space. */
    public static String of(String text) {
        String normalized = WHITESPACE_RUN.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ")
                .strip();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
