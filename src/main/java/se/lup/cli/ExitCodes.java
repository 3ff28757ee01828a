package se.lup.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some inputs failed (each reported on its own line); the others were processed. */
    public static final int PARTIAL_FAILURE = 1;
    public static final int USAGE = 2;
    /** A required system dependency (e.g. tesseract) or JDK is missing. */
    public static final int MISSING_DEPENDENCY = 3;
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
