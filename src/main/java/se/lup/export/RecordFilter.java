package se.lup.export;

import java.util.Set;
import java.util.function.Predicate;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/** Which records to export: districts (canonical names) and kinds; an empty set lets everything through. */
public record RecordFilter(Set<String> districts, Set<RecordKind> kinds) implements Predicate<LupRecord> {
    public RecordFilter {
        districts = Set.copyOf(districts);
        kinds = Set.copyOf(kinds);
    }

    @Override
    public boolean test(LupRecord record) {
        return (districts.isEmpty() || record.district() != null && districts.contains(record.district()))
                && (kinds.isEmpty() || kinds.contains(record.kind()));
    }
}
