package se.lup.pipeline;

import java.util.function.Supplier;

/**
 * A value built on first use and then kept: lexicons, models and gazetteer patterns take longer to load than an
 * incremental ingest of an unchanged corpus takes to find that there is nothing to do. Thread-safe.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> build;
    private T value;

    private Lazy(Supplier<T> build) {
        this.build = build;
    }

    public static <T> Lazy<T> of(Supplier<T> build) {
        return new Lazy<>(build);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = build.get();
        }
        return value;
    }
}
