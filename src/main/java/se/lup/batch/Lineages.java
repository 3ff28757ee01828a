package se.lup.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import se.lup.corpus.DocumentInfo;
import se.lup.corpus.DocumentRefs;
import se.lup.record.DocumentRef;

/**
 * Groups documents into lineages — versions of the same plan: the same organisation (or district) and the same kind
 * of plan; without a known kind, the same title once years and parenthesised remarks are taken out. A manifest's
 * {@code lineage} overrides that. Within a lineage, versions are numbered 1.. by year, then the manifest's version,
 * then document id. Documents already indexed take part, so a plan ingested later becomes the next version.
 */
public final class Lineages {
    private Lineages() {}

    private record Member(String documentId, String lineage, Integer year, Integer declaredVersion) {}

    /** The inputs with {@code lineage} and {@code version} filled in. */
    public static List<InputDocument> assign(List<InputDocument> inputs, Collection<DocumentRef> indexed) {
        List<Member> members = new ArrayList<>();
        inputs.forEach(in -> members.add(new Member(in.documentId(), lineageOf(in.info()), in.info().year(), in.info().version())));
        List<String> inputIds = inputs.stream().map(InputDocument::documentId).toList();
        indexed.stream()
                .filter(ref -> ref.lineage() != null && !inputIds.contains(ref.id()))
                .forEach(ref -> members.add(new Member(ref.id(), ref.lineage(), ref.year(), ref.version())));

        Map<String, List<Member>> byLineage = new LinkedHashMap<>();
        members.forEach(m -> byLineage.computeIfAbsent(m.lineage(), k -> new ArrayList<>()).add(m));
        Map<String, Integer> versions = new LinkedHashMap<>();
        byLineage.values().forEach(lineage -> {
            lineage.sort(Comparator.comparing(Member::year, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Member::declaredVersion, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Member::documentId));
            for (int i = 0; i < lineage.size(); i++) {
                versions.put(lineage.get(i).documentId(), i + 1);
            }
        });
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
        String title = Objects.requireNonNullElse(info.title(), info.file());
        return DocumentRefs.slug(Stream.of(title.replaceAll("\\([^)]*\\)", " ").split("\\s+"))
                .filter(word -> !word.matches("\\d{4}(-\\d{2,4})?"))
                .reduce("", (a, b) -> a + " " + b));
    }
}
