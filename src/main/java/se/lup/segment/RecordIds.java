package se.lup.segment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lup.record.RecordKind;

/**
 * Record ids derived from content and position only: document id, kind, section path and whitespace/case-normalised
 * text, plus a counter for identical records in the same section. Unchanged content gets the same id on every ingest;
 * one instance per document.
 */
final class RecordIds {
    private final String documentId;
    private final Map<String, Integer> occurrences = new HashMap<>();

    RecordIds(String documentId) {
        this.documentId = documentId;
    }

    String next(RecordKind kind, List<String> section, String text) {
        String key = String.join("\u0000", documentId, kind.id(), String.join("\u0001", section),
                text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
        int occurrence = occurrences.merge(key, 1, Integer::sum);
        return documentId + "-" + sha256(key + "\u0000" + occurrence).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
