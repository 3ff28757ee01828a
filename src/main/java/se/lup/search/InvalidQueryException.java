package se.lup.search;

/** The query or a filter cannot be understood: a syntax error, an unknown field, district or record kind. */
public final class InvalidQueryException extends Exception {
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
