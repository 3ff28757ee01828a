package se.lup.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The result of one ingest run: a report per document, in input order, and the run's wall time. */
public record RunReport(double seconds, List<DocumentReport> documents) {
    public RunReport {
        documents = List.copyOf(documents);
    }

    @JsonProperty("counts")
    public Map<DocumentStatus, Integer> counts() {
        Map<DocumentStatus, Integer> counts = new EnumMap<>(DocumentStatus.class);
        documents.forEach(d -> counts.merge(d.status(), 1, Integer::sum));
        return counts;
    }

    public boolean anyFailed() {
        return counts().containsKey(DocumentStatus.FAILED);
    }

    public int recordsWritten() {
        return documents.stream().map(DocumentReport::records).filter(Objects::nonNull)
                .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum();
    }

    /** "5 documents: 3 indexed, 1 unchanged, 1 failed; 812 records written in 4.2 s". */
    @JsonProperty("summary")
    public String summary() {
        Map<DocumentStatus, Integer> counts = counts();
        StringBuilder line = new StringBuilder().append(documents.size()).append(" documents: ");
        String sep = "";
        for (DocumentStatus status : DocumentStatus.values()) {
            line.append(sep).append(counts.getOrDefault(status, 0)).append(' ').append(status.id());
            sep = ", ";
        }
        return line.append("; ").append(recordsWritten()).append(" records written in ")
                .append(String.format(java.util.Locale.ROOT, "%.1f s", seconds)).toString();
    }
}
