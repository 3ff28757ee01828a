package se.lup.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.lup.config.Json;
import se.lup.config.PipelineFiles;

/**
 * Tunable knobs of OCR repair, from {@code pipeline/repair/settings.json}.
 *
 * @param garbleThreshold    repair runs on a document or page whose garble score is above this
 * @param pageMinWords       pages with fewer words take the document's garble decision
 * @param maxCandidates      known spellings kept per OCR word, most likely first
 * @param minCompoundLength  unknown OCR words this long or longer are also tried as compounds of known words
 * @param commonWordWeight   pseudo-count of the most common Swedish word in the general word list; falls with rank
 * @param lexiconOnlyCount   pseudo-count of a word known only to Hunspell, the gazetteer or the abbreviations
 * @param placeNameCount     least pseudo-count of a gazetteer place name: Stockholm's districts and stadsdelar are
 *                           common in its plans though a new document's counts may lack them ("Vårberg", not "Varberg")
 * @param unknownWordCount   pseudo-count of an OCR word no lexicon knows, kept when no candidate is better
 * @param contextWeight      weight of the word-pair evidence against the single-word frequency
 * @param pruneMargin        spellings this much less likely (natural log) than a word's best, on their own, are dropped
 * @param spaceErrorProbability probability that OCR lost or added a space between letters ({@link Spacing})
 * @param foreignSymbolProbability per symbol OCR prints for å, ä or ö that Swedish words lack ("é", "{"), how much less
 *                           likely an unknown word with it is as written ({@link UnknownWords})
 */
public record RepairSettings(
        double garbleThreshold,
        int pageMinWords,
        int maxCandidates,
        int minCompoundLength,
        double commonWordWeight,
        double lexiconOnlyCount,
        double placeNameCount,
        double unknownWordCount,
        double contextWeight,
        double pruneMargin,
        double spaceErrorProbability,
        double foreignSymbolProbability) {

    /** The same settings with another garble threshold (below zero: repair everything). */
    public RepairSettings withGarbleThreshold(double threshold) {
        return new RepairSettings(threshold, pageMinWords, maxCandidates, minCompoundLength,
                commonWordWeight, lexiconOnlyCount, placeNameCount, unknownWordCount, contextWeight, pruneMargin, spaceErrorProbability,
                foreignSymbolProbability);
    }

    public static RepairSettings load() {
        RepairSettings settings;
        try (InputStream in = PipelineFiles.open("repair/settings.json")) {
            settings = Json.MAPPER.readValue(in, RepairSettings.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline/repair/settings.json", e);
        }
        // A count or probability left out of an older file reads as 0, which would rule out every word it applies to.
        require("lexicon_only_count", settings.lexiconOnlyCount(), Double.MAX_VALUE);
        require("place_name_count", settings.placeNameCount(), Double.MAX_VALUE);
        require("unknown_word_count", settings.unknownWordCount(), Double.MAX_VALUE);
        require("space_error_probability", settings.spaceErrorProbability(), 1);
        require("foreign_symbol_probability", settings.foreignSymbolProbability(), 1);
        return settings;
    }

    private static void require(String name, double value, double atMost) {
        if (!(value > 0 && value <= atMost)) {
            throw new IllegalArgumentException("pipeline/repair/settings.json: " + name + " must be above 0"
                    + (atMost < Double.MAX_VALUE ? " and at most " + atMost : "") + " (is it missing?), not " + value);
        }
    }
}
