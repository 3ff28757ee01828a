package se.lup.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/**
 * One theme category across districts: each district's themes in the category next to its measures (prose measures
 * and dated activities) in it.
 */
public record CategoryComparison(String category, List<DistrictColumn> districts) {
    public record DistrictColumn(String district, List<LupRecord> themes, List<LupRecord> measures) {}

    /**
     * Compares the records that carry {@code category} (matched ignoring case; the result names it as the records
     * spell it); other records are ignored.
     */
    public static CategoryComparison of(String category, List<LupRecord> records) {
        Map<String, List<LupRecord>> themes = new TreeMap<>(DistrictCategoryMatrix.SWEDISH);
        Map<String, List<LupRecord>> measures = new TreeMap<>(DistrictCategoryMatrix.SWEDISH);
        String wanted = category.toLowerCase(Locale.ROOT);
        String spelling = category;
        for (LupRecord r : records) {
            Optional<String> match = r.themeCategories().stream()
                    .filter(c -> c.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
            if (match.isEmpty()) {
                continue;
            }
            spelling = match.get();
            String district = DistrictCategoryMatrix.districtOf(r);
            themes.computeIfAbsent(district, d -> new ArrayList<>());
            measures.computeIfAbsent(district, d -> new ArrayList<>());
            if (r.kind() == RecordKind.THEME) {
                themes.get(district).add(r);
            } else if (r.kind() == RecordKind.MEASURE || r.kind() == RecordKind.ACTIVITY) {
                measures.get(district).add(r);
            }
        }
        List<DistrictColumn> columns = new ArrayList<>();
        themes.forEach((district, list) -> {
            if (!list.isEmpty() || !measures.get(district).isEmpty()) {
                columns.add(new DistrictColumn(district, List.copyOf(list), List.copyOf(measures.get(district))));
            }
        });
        return new CategoryComparison(spelling, List.copyOf(columns));
    }
}
