package se.lup.segment;

import java.util.List;

/** Where in the document's outline a record sits: its district, theme and heading path. */
record Position(String district, String theme, List<String> themeCategories, List<String> section, List<String> goal) {
    Position {
        themeCategories = List.copyOf(themeCategories);
        section = List.copyOf(section);
        goal = List.copyOf(goal);
    }
}
