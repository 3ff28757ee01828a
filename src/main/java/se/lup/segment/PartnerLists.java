package se.lup.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a partner enumeration ("Socialnämnden, utbildningsnämnden, AB Svenska bostäder, polisen och SL.") into
 * organisation names. Only the last item is split on "och"/"samt", because names themselves contain "och"
 * ("Myndigheten för ungdoms- och civilsamhällesfrågor", "Föreningar för barn och unga").
 */
final class PartnerLists {
    private PartnerLists() {}

    static List<String> split(String enumeration, Cues cues) {
        List<String> parts = new ArrayList<>();
        for (String part : ThemeNames.splitOutsideParentheses(enumeration.replace(';', ','), ',')) {
            parts.add(part);
        }
        if (!parts.isEmpty()) {
            String last = parts.remove(parts.size() - 1);
            parts.addAll(splitLast(last));
        }
        return parts.stream()
                .map(ThemeNames::clean)
                .filter(p -> p.length() > 1 && !cues.isPartnerNoise(p))
                .toList();
    }

    private static List<String> splitLast(String last) {
        for (String conjunction : List.of(" samt ", " och ")) {
            int at = last.lastIndexOf(conjunction);
            if (at > 0 && last.charAt(at - 1) != '-') {
                List<String> out = new ArrayList<>(splitLast(last.substring(0, at)));
                out.add(last.substring(at + conjunction.length()));
                return out;
            }
        }
        return List.of(last);
    }
}
