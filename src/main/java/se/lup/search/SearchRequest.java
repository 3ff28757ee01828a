package se.lup.search;

import java.util.List;

/**
 * One search: the query text (empty: every record) and filters. Values within one filter are alternatives
 * (district A or B); different filters must all hold. Districts may be given by any name the gazetteer knows.
 *
 * @param allVersions false: only records of the latest version of each plan
 */
public record SearchRequest(
        String query,
        List<String> districts,
        List<String> themeCategories,
        List<String> kinds,
        String document,
        Integer year,
        int limit,
        boolean allVersions) {
    public SearchRequest {
        query = query == null ? "" : query.strip();
        districts = districts == null ? List.of() : List.copyOf(districts);
        themeCategories = themeCategories == null ? List.of() : List.copyOf(themeCategories);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    /** A query over the latest versions, without filters. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, List.of(), List.of(), List.of(), null, null, limit, false);
    }

    public SearchRequest withDistricts(String... names) {
        return new SearchRequest(query, List.of(names), themeCategories, kinds, document, year, limit, allVersions);
    }

    public SearchRequest withThemeCategories(String... names) {
        return new SearchRequest(query, districts, List.of(names), kinds, document, year, limit, allVersions);
    }

    public SearchRequest withKinds(String... names) {
        return new SearchRequest(query, districts, themeCategories, List.of(names), document, year, limit, allVersions);
    }

    public SearchRequest withDocument(String documentId) {
        return new SearchRequest(query, districts, themeCategories, kinds, documentId, year, limit, allVersions);
    }

    public SearchRequest withYear(int value) {
        return new SearchRequest(query, districts, themeCategories, kinds, document, value, limit, allVersions);
    }

    public SearchRequest withAllVersions() {
        return new SearchRequest(query, districts, themeCategories, kinds, document, year, limit, true);
    }
}
