package se.lup.repair;

/** Confusion models learned from a few readings written out in a test. */
final class ConfusionModels {
    private ConfusionModels() {}

    /** A model that has seen each clean word (even arguments) read as the OCR word after it, {@code times} times. */
    static ConfusionModel learned(int times, String... cleanThenOcr) {
        ConfusionModel model = new ConfusionModel();
        for (int i = 0; i < times; i++) {
            for (int w = 0; w + 1 < cleanThenOcr.length; w += 2) {
                model.learn(cleanThenOcr[w], cleanThenOcr[w + 1]);
            }
        }
        return model;
    }
}
