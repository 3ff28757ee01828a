package se.lup.extract;

import java.nio.file.Path;

/** A document that cannot be extracted; the message is one line naming the file and the reason. */
public class ExtractionException extends Exception {
    private final Path file;
    private final String reason;

    public ExtractionException(Path file, String reason) {
        this(file, reason, null);
    }

    public ExtractionException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
