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
        super(file + ": " + oneLine(reason), cause);
        this.file = file;
        this.reason = oneLine(reason);
    }

    /** Library messages may span lines; the report of a failed file is one line. */
    private static String oneLine(String text) {
        return text == null ? "unknown error" : text.strip().replaceAll("\\s+", " ");
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
