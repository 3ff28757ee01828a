package se.lup.search;

import se.lup.record.LupRecord;

/** One ranked record, with a snippet of its text in which the matched words are marked «like this». */
public record SearchHit(LupRecord record, float score, String snippet) {}
