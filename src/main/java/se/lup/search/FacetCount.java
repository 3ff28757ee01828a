package se.lup.search;

/** How many matching records have this value of a facet (district, theme category, kind, document, year). */
public record FacetCount(String value, int count) {}
