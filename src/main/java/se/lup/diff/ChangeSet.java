package se.lup.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.lup.record.DocumentRef;

/** The changes from one version of a plan to the next, in the new version's reading order, district by district. */
public record ChangeSet(DocumentRef before, DocumentRef after, List<DistrictAlignment> districts, List<Change> changes) {
    public ChangeSet {
        districts = List.copyOf(districts);
        changes = List.copyOf(changes);
    }

    @JsonProperty("counts")
    public Map<ChangeType, Integer> counts() {
        Map<ChangeType, Integer> counts = new EnumMap<>(ChangeType.class);
        changes.forEach(c -> counts.merge(c.type(), 1, Integer::sum));
        return counts;
    }
}
