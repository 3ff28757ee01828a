package se.lup.extract;

/** A file's media type as its content shows it (what counts) and as its name suggests ({@code byName}). */
public record DetectedType(String content, String byName) {
    static final String UNKNOWN = "application/octet-stream";

    /** The name promises a type the content does not have ("report.pdf" that is really a Word file). */
    public boolean extensionLies() {
        return !byName.equals(UNKNOWN) && !byName.equals(content) && !(content.equals("application/xhtml+xml") && byName.equals("text/html"));
    }
}
