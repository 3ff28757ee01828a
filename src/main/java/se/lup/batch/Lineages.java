package se.lup.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.lup.corpus.DocumentInfo;
import se.lup.corpus.DocumentRefs;

/**
 * Groups documents into lineages — versions of the same plan: the same organisation (or district) and the same kind
 * of plan; without a known kind, the same title once years and parenthesised remarks are taken out. A manifest's
 * {@code lineage} overrides that. Within a lineage the documents of a run are numbered by year, then the manifest's
 * version, then document id; when earlier versions are already stored and not part of this run, the run's documents
 * follow them, so a plan ingested later becomes the next version.
 */
public final class Lineages {
    private static final Comparator<InputDocument> VERSION_ORDER = Comparator
            .comparing((InputDocument in) -> in.info().year(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(in -> in.info().version(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InputDocument::documentId);

    private Lineages() {}

    /** The inputs, in their order, with {@code lineage} and {@code version} filled in. */
    public static List<InputDocument> assign(List<InputDocument> inputs, Collection<StoredDocument> stored) {
        Set<String> inRun = inputs.stream().map(InputDocument::documentId).collect(Collectors.toSet());
        Map<String, Integer> highestStored = new HashMap<>();
        stored.stream().filter(s -> !inRun.contains(s.documentId()))
                .forEach(s -> highestStored.merge(s.lineage(), s.version(), Math::max));

        Map<String, List<InputDocument>> byLineage = new LinkedHashMap<>();
        inputs.forEach(in -> byLineage.computeIfAbsent(lineageOf(in.info()), k -> new ArrayList<>()).add(in));
        Map<String, Integer> versions = new HashMap<>();
        byLineage.forEach((lineage, members) -> {
            int base = highestStored.getOrDefault(lineage, 0);
            List<InputDocument> ordered = members.stream().sorted(VERSION_ORDER).toList();
            for (int i = 0; i < ordered.size(); i++) {
                versions.put(ordered.get(i).documentId(), base + i + 1);
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
        String title = info.title() != null ? info.title() : DocumentRefs.documentId(Path.of(info.file())).replace('-', ' ');
        return DocumentRefs.slug(Stream.of(title.replaceAll("\\([^)]*\\)", " ").split("\\s+"))
                .filter(word -> !word.matches("\\d{4}(-\\d{2,4})?"))
                .collect(Collectors.joining(" ")));
    }
}
