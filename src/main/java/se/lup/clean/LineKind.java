package se.lup.clean;

/** What a single line looks like on its own, before lines are joined into blocks. */
enum LineKind {
    TEXT,
    /** Starts with a section or list number followed by a capital ("2.1 Mål", "3.Geografiska", "1. Lokalt"). */
    NUMBERED,
    BULLET,
    /** Tab-separated cells. */
    TABLE,
    TOC
}
