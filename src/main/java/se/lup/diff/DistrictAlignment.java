package se.lup.diff;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How one district's records lined up: records in each version and how many were paired across them. */
public record DistrictAlignment(@JsonInclude(JsonInclude.Include.ALWAYS) String district, int oldRecords, int newRecords, int matched) {}
