package se.lup.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import se.lup.record.DocumentRef;
import se.lup.record.IndicatorValues;
import se.lup.record.LupRecord;

/** Computes the {@link ChangeSet} between two versions of a plan from their records. */
public final class PlanDiff {
    private PlanDiff() {}

    public static ChangeSet between(DocumentRef beforeRef, List<LupRecord> before, DocumentRef afterRef, List<LupRecord> after) {
        RecordAligner.Alignment alignment = RecordAligner.align(before, after);
        List<Placed> placed = new ArrayList<>();
        Map<LupRecord, Integer> afterPosition = positions(after);
        Map<LupRecord, Integer> matchedAfterOfBefore = new IdentityHashMap<>();
        for (RecordAligner.Match m : alignment.matches()) {
            int position = afterPosition.get(m.after());
            matchedAfterOfBefore.put(m.before(), position);
            changes(m.before(), m.after()).forEach(c -> placed.add(new Placed(position, 0, c)));
        }
        for (LupRecord r : alignment.added()) {
            placed.add(new Placed(afterPosition.get(r), 0, added(r)));
        }
        // A removed record is listed where it stood: after the new position of the last paired record before it.
        int anchor = -1;
        int offset = 0;
        for (LupRecord r : before) {
            Integer paired = matchedAfterOfBefore.get(r);
            if (paired != null) {
                anchor = paired;
                offset = 0;
            } else {
                placed.add(new Placed(anchor, ++offset, removedChange(r)));
            }
        }
        // One block per district (plans often walk the districts once per chapter), in reading order within it.
        Map<String, Integer> districtOrder = new HashMap<>();
        Stream.concat(after.stream(), before.stream()).forEach(r -> districtOrder.putIfAbsent(key(r), districtOrder.size()));
        placed.sort(Comparator.comparingInt((Placed p) -> districtOrder.get(key(p.change().district())))
                .thenComparingInt(Placed::position).thenComparingInt(Placed::offset));
        return new ChangeSet(beforeRef, afterRef, districts(before, after, alignment), placed.stream().map(Placed::change).toList());
    }

    private record Placed(int position, int offset, Change change) {}

    private static List<Change> changes(LupRecord before, LupRecord after) {
        List<Change> changes = new ArrayList<>();
        if (RecordText.NAMED_BY_TITLE.contains(after.kind())) {
            // Renumbering is not renaming: titles are compared without their section numbers.
            WordDiff.of(TextProfile.unnumbered(Objects.toString(before.title(), "")),
                    TextProfile.unnumbered(Objects.toString(after.title(), ""))).ifPresent(d ->
                    changes.add(changed(ChangeType.RENAMED, before, after, List.of(new FieldChange("title", before.title(), after.title())), null)));
        }
        List<FieldChange> dates = new ArrayList<>();
        field("start_date", before, after, LupRecord::startDate).ifPresent(dates::add);
        field("end_date", before, after, LupRecord::endDate).ifPresent(dates::add);
        if (!dates.isEmpty()) {
            changes.add(changed(ChangeType.DATES_CHANGED, before, after, dates, null));
        }
        List<FieldChange> targets = new ArrayList<>();
        field("target", before, after, r -> value(r, IndicatorValues::target)).ifPresent(targets::add);
        field("city_target", before, after, r -> value(r, IndicatorValues::cityTarget)).ifPresent(targets::add);
        field("period", before, after, r -> value(r, IndicatorValues::period)).ifPresent(targets::add);
        if (!targets.isEmpty()) {
            changes.add(changed(ChangeType.TARGET_CHANGED, before, after, targets, null));
        }
        WordDiff.of(RecordText.body(before), RecordText.body(after)).ifPresent(d ->
                changes.add(changed(ChangeType.TEXT_CHANGED, before, after, List.of(), d)));
        return changes;
    }

    /** Indicator values compared with spacing folded: "4,6 %" and "4,6%" are the same target. */
    private static String value(LupRecord r, Function<IndicatorValues, String> part) {
        String v = r.values() == null ? null : part.apply(r.values());
        return v == null || v.isBlank() ? null : v.replaceAll("\\s+", " ").strip();
    }

    private static <T> Optional<FieldChange> field(String name, LupRecord before, LupRecord after, Function<LupRecord, T> get) {
        T a = get.apply(before);
        T b = get.apply(after);
        if (Objects.equals(a, b) || (a instanceof String sa && b instanceof String sb && sa.replace(" ", "").equals(sb.replace(" ", "")))) {
            return Optional.empty();
        }
        return Optional.of(new FieldChange(name, text(a), text(b)));
    }

    private static String text(Object value) {
        return value instanceof LocalDate d ? d.toString() : value == null ? null : value.toString();
    }

    private static Change changed(ChangeType type, LupRecord before, LupRecord after, List<FieldChange> fields, String wordDiff) {
        return new Change(type, after.kind(), after.district(), after.theme(), after.goal(), before.id(), after.id(),
                after.title(), after.text(), fields, wordDiff);
    }

    private static Change added(LupRecord r) {
        return new Change(ChangeType.ADDED, r.kind(), r.district(), r.theme(), r.goal(), null, r.id(), r.title(), r.text(), List.of(), null);
    }

    private static Change removedChange(LupRecord r) {
        return new Change(ChangeType.REMOVED, r.kind(), r.district(), r.theme(), r.goal(), r.id(), null, r.title(), r.text(), List.of(), null);
    }

    private static List<DistrictAlignment> districts(List<LupRecord> before, List<LupRecord> after, RecordAligner.Alignment alignment) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // district -> {old, new, matched}
        after.forEach(r -> counts.computeIfAbsent(key(r), k -> new int[3])[1]++);
        before.forEach(r -> counts.computeIfAbsent(key(r), k -> new int[3])[0]++);
        alignment.matches().forEach(m -> counts.get(key(m.after()))[2]++);
        return counts.entrySet().stream()
                .map(e -> new DistrictAlignment(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    private static String key(LupRecord r) {
        return key(r.district());
    }

    private static String key(String district) {
        return Objects.toString(district, "");
    }

    private static Map<LupRecord, Integer> positions(List<LupRecord> records) {
        Map<LupRecord, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            positions.put(records.get(i), i);
        }
        return positions;
    }
}
