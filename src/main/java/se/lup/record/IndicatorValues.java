package se.lup.record;

/** An indicator's values as written, with the target parsed to number and unit where possible. */
public record IndicatorValues(String target, String cityTarget, String period, Double targetNumber, String unit) {}
