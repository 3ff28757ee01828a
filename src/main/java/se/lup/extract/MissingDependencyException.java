package se.lup.extract;

import java.nio.file.Path;

/** The document needs a system program that is not installed (Tesseract or its language data). */
public class MissingDependencyException extends ExtractionException {
    public MissingDependencyException(Path file, String reason) {
        super(file, reason);
    }
}
