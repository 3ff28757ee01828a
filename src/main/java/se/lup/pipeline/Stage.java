package se.lup.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The stages a document passes through, in order, with what each needs and what it produces. */
public enum Stage {
    EXTRACT("a readable file", "pages of text, each marked OCR'd or not"),
    CLEAN("extracted pages", "typed blocks with page and offsets, running headers and footers removed"),
    REPAIR("clean blocks", "blocks with OCR-garbled Swedish repaired, original text kept, garble score"),
    SEGMENT("repaired blocks and the document reference", "district / theme / measure records and self-check warnings");

    private final String needs;
    private final String produces;

    Stage(String needs, String produces) {
        this.needs = needs;
        this.produces = produces;
    }

    public String needs() {
        return needs;
    }

    public String produces() {
        return produces;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
