package se.lup.repair;

import java.util.Random;

/** A random source for randomized tests whose seed is printed, so that a failing run can be repeated with it. */
final class SeededRandom extends Random {
    private final long seed;

    private SeededRandom(long seed) {
        super(seed);
        this.seed = seed;
    }

    /** A new source seeded from the clock, its seed printed under the test's name. */
    static SeededRandom printed(String test) {
        long seed = System.nanoTime();
        System.out.println(test + " seed=" + seed);
        return new SeededRandom(seed);
    }

    long seed() {
        return seed;
    }
}
