package org.irlint.maven.suppress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity that survives edits elsewhere in the file: a hash of the rule, the flagged text and the
 * line it sits on (white space collapsed). The line's other words make the hash useless for guessing a short
 * identifier back from a committed baseline or an uploaded SARIF file.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(String ruleId, String flagged, String line) {
        String key = ruleId + '\n' + collapse(flagged) + '\n' + collapse(line);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
