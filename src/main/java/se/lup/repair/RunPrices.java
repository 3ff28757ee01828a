package se.lup.repair;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.ToDoubleFunction;

/**
 * log P(OCR run | known run) for the runs of misreadable letters the {@link SpellingIndex} scores piece by piece: one
 * table per OCR run, indexed by the known run's id and filled as pairs are first met, so that scoring a bucket of
 * spellings is array lookups. Tables are kept by the OCR run's own id when it is a known run (most are), else by its
 * text. Thread-safe.
 */
final class RunPrices {
    /** Tables kept for this many OCR runs that are not known runs, at most. */
    private static final int TABLE_LIMIT = 2_000;

    private final String[] runTexts;
    private final ConfusionModel model;
    private final AtomicReferenceArray<Table> byId;
    private final Map<String, Table> byText = new ConcurrentHashMap<>();

    RunPrices(String[] runTexts, ConfusionModel model) {
        this.runTexts = runTexts;
        this.model = model;
        this.byId = new AtomicReferenceArray<>(runTexts.length);
    }

    /** The table of an OCR run that is the known run {@code knownRun} (an id). */
    Table table(int knownRun) {
        Table table = byId.get(knownRun);
        if (table == null) {
            byId.compareAndSet(knownRun, null, new Table(runTexts[knownRun]));
            table = byId.get(knownRun);
        }
        return table;
    }

    /** The table of an OCR run that is no known run. */
    Table table(String ocrRun) {
        Table table = byText.get(ocrRun);
        if (table == null) {
            if (byText.size() > TABLE_LIMIT) {
                byText.clear();
            }
            table = byText.computeIfAbsent(ocrRun, Table::new);
        }
        return table;
    }

    /**
     * One OCR run's prices, NaN until first needed (a positive value: only the negated upper bound was needed), in blocks
     * allocated when first touched (an OCR run meets few known runs).
     */
    final class Table {
        private static final int BLOCK_BITS = 6;
        private final AtomicReferenceArray<double[]> blocks = new AtomicReferenceArray<>((runTexts.length >> BLOCK_BITS) + 1);
        private final String ocrRun;
        private final PriceBound.Against bounds;
        /** Set when a price is first worked out: the bounds settle most pairs of runs. */
        private volatile ToDoubleFunction<String> pricer;

        private Table(String ocrRun) {
            this.ocrRun = ocrRun;
            this.bounds = model.upperBounds(ocrRun);
        }

        /**
         * The price, or when it has not been worked out yet and the model's cheap upper bound is already below
         * {@code needed}, that bound (the caller drops the spelling either way).
         */
        double price(int cleanRun, double needed) {
            double[] block = blocks.get(cleanRun >> BLOCK_BITS);
            if (block == null) {
                double[] unknown = new double[1 << BLOCK_BITS];
                Arrays.fill(unknown, Double.NaN);
                // Published filled: a racing thread sees either no block or NaNs, never zeros.
                blocks.compareAndSet(cleanRun >> BLOCK_BITS, null, unknown);
                block = blocks.get(cleanRun >> BLOCK_BITS);
            }
            int slot = cleanRun & ((1 << BLOCK_BITS) - 1);
            double price = block[slot];
            if (price <= 0) {
                return price;
            }
            // Not worked out yet (NaN), or only its bound (kept negated: prices are never positive).
            double bound = Double.isNaN(price) ? bounds.priceAtMost(runTexts[cleanRun], needed) : -price;
            if (bound < needed) {
                block[slot] = -bound;
                return bound;
            }
            // Racing threads compute the same values: a lost write costs only its recomputation.
            ToDoubleFunction<String> exact = pricer;
            if (exact == null) {
                exact = model.readAs(ocrRun);
                pricer = exact;
            }
            price = exact.applyAsDouble(runTexts[cleanRun]);
            block[slot] = price;
            return price;
        }
    }
}
