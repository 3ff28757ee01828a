package se.lup.batch;

import java.util.List;
import java.util.function.UnaryOperator;
import se.lup.record.LupRecord;
import se.lup.segment.ThemeCategorizer;

/**
 * Categories for the themes and measures no taxonomy alias names, from a {@link ThemeCategorizer} trained on every
 * stored record, as export does for the documents it segments; without enough labelled records they stay empty.
 */
public final class ThemeCategories implements BatchIngest.Completion {
    @Override
    public UnaryOperator<List<LupRecord>> learn(List<LupRecord> allRecords) {
        try {
            return ThemeCategorizer.train(allRecords)::fill;
        } catch (IllegalArgumentException e) {
            System.err.println("lup ingest: themes without a taxonomy alias stay uncategorised: " + e.getMessage());
            return UnaryOperator.identity();
        }
    }
}
