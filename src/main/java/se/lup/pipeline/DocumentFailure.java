package se.lup.pipeline;

import java.nio.file.Path;

/** A document the pipeline could not process; the message is one line: the file, the stage, the reason. */
public final class DocumentFailure extends Exception {
    private final Path file;
    private final Stage stage;
    private final String reason;

    public DocumentFailure(Path file, Stage stage, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.stage = stage;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Stage stage() {
        return stage;
    }

    public String reason() {
        return reason;
    }
}
