package se.lup.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.lup.corpus.DocumentInfo;
import se.lup.corpus.DocumentRefs;

/**
 * Groups documents into lineages — versions of the same plan: the same organisation (or district) and the same kind
 * of plan; without a known kind, the same title (or file name) once years and parenthesised remarks are taken out. A
 * manifest's {@code lineage} overrides that. Versions are stable once given: a manifest's {@code version} is used as
 * declared, a document already stored in the same lineage keeps its version, and new documents follow the highest
 * version known in their lineage, in order of year, then document id.
 */
public final class Lineages {
    private static final Comparator<InputDocument> NEW_VERSION_ORDER = Comparator
            .comparing((InputDocument in) -> in.info().year(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(InputDocument::documentId);

    private Lineages() {}

    /** The inputs, in their order, with {@code lineage} and {@code version} filled in. */
    public static List<InputDocument> assign(List<InputDocument> inputs, Collection<StoredDocument> stored) {
        Map<String, StoredDocument> storedById = new HashMap<>();
        Map<String, Integer> highest = new HashMap<>();
        stored.forEach(s -> {
            storedById.put(s.documentId(), s);
            highest.merge(s.lineage(), s.version(), Math::max);
        });
        Map<String, Integer> versions = new HashMap<>();
        List<InputDocument> unnumbered = new ArrayList<>();
        for (InputDocument in : inputs) {
            String lineage = lineageOf(in.info());
            StoredDocument before = storedById.get(in.documentId());
            Integer version = in.info().version() != null ? in.info().version()
                    : before != null && before.lineage().equals(lineage) ? Integer.valueOf(before.version()) : null;
            if (version == null) {
                unnumbered.add(in);
            } else {
                versions.put(in.documentId(), version);
                highest.merge(lineage, version, Math::max);
            }
        }
        unnumbered.stream().sorted(NEW_VERSION_ORDER).forEach(in ->
                versions.put(in.documentId(), highest.merge(lineageOf(in.info()), 1, Integer::sum)));
        return inputs.stream().map(in -> {
            DocumentInfo i = in.info();
            return in.withInfo(new DocumentInfo(i.file(), i.title(), i.organisation(), i.district(), i.year(), i.type(), i.ocr(),
                    lineageOf(i), versions.get(in.documentId())));
        }).toList();
    }

    static String lineageOf(DocumentInfo info) {
        if (info.lineage() != null && !info.lineage().isBlank()) {
            return info.lineage();
        }
        String owner = info.organisation() != null ? info.organisation() : info.district();
        if (owner != null && info.type() != null) {
            return DocumentRefs.slug(owner + " " + info.type());
        }
        String title = info.title() != null ? info.title() : DocumentRefs.documentId(Path.of(info.file())).replace('-', ' ');
        return DocumentRefs.slug(Stream.of(title.replaceAll("\\([^)]*\\)", " ").split("\\s+"))
                .filter(word -> !word.matches("\\d{4}(-\\d{2,4})?"))
                .collect(Collectors.joining(" ")));
    }
}
