package se.lup.cli;

import se.lup.clean.LayoutCleaner;
import se.lup.extract.PlainTextExtractor;
import se.lup.gazetteer.Gazetteer;
import se.lup.repair.SwedishOcrRepairer;
import se.lup.segment.FileSegmenter;
import se.lup.segment.RuleSegmenter;
import se.lup.segment.SegmenterConfig;

/** The one place commands get their stage implementations from: extraction, cleanup, OCR repair, segmentation. */
final class Stages {
    private Stages() {}

    static FileSegmenter fileSegmenter() {
        SegmenterConfig config = SegmenterConfig.load();
        SwedishOcrRepairer repairer = SwedishOcrRepairer.load();
        return new FileSegmenter(new PlainTextExtractor(), new LayoutCleaner(), clean -> repairer.repair(clean).document(),
                new RuleSegmenter(config), config.gazetteer());
    }
}
