package se.lup.corpus;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import se.lup.record.DocumentRef;

/** Builds the {@link DocumentRef} records carry; the document id is the file name's stem as an ASCII slug. */
public final class DocumentRefs {
    private DocumentRefs() {}

    public static String documentId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return slug(dot > 0 ? name.substring(0, dot) : name);
    }

    /** Text as a lower-case ASCII slug: "Spånga-Tensta stadsdelsnämnd" → "spanga-tensta-stadsdelsnamnd". */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public static DocumentRef of(Path file, DocumentInfo info) {
        return new DocumentRef(documentId(file), file.getFileName().toString(), info.title(), info.organisation(),
                info.year(), info.type(), info.version(), info.lineage());
    }
}
