package se.lup.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names listed in prose: priority areas and partners. A partner enumeration ("Socialnämnden, utbildningsnämnden,
 * AB Svenska bostäder, polisen och SL.") is split on commas and only its last item on "och"/"samt", because names
 * themselves contain "och" ("Myndigheten för ungdoms- och civilsamhällesfrågor", "Föreningar för barn och unga").
 */
final class NameLists {
    /** "Samtliga fyra stadsdelar; Husby, ..." — the list starts after it, but not at the colon of "S:t Göran". */
    private static final Pattern LIST_INTRO = Pattern.compile("^.*[;:]\\s");
    private static final Pattern PLACE_SEPARATOR = Pattern.compile("\\s*(?:,|/|\\boch\\b|\\bsamt\\b)\\s*");
    private static final Pattern LEADING_LOWER_CASE = Pattern.compile("^(?:\\p{Ll}+\\s+)+(?=\\p{Lu})");

    private NameLists() {}

    /**
     * Places named before "är prioriterade områden": "Tensta, Hjulsta torg, centrala Bromsten och Spånga
     * stationsområde" gives four, without the leading adjective ("Bromsten").
     */
    static List<String> places(String subject) {
        List<String> places = new ArrayList<>();
        for (String part : PLACE_SEPARATOR.split(LIST_INTRO.matcher(subject).replaceFirst(""))) {
            String name = LEADING_LOWER_CASE.matcher(ThemeNames.clean(part)).replaceFirst("");
            if (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0))) {
                places.add(name);
            }
        }
        return places;
    }

    static List<String> partners(String enumeration, Cues cues) {
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
