package se.lup.search;

import java.util.List;
import java.util.Map;

/**
 * @param totalHits every matching record, not only those in {@code hits}
 * @param facets counts over all matching records, by facet dimension ({@code IndexSchema.FACET_DIMENSIONS})
 */
public record SearchResults(long totalHits, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {}
