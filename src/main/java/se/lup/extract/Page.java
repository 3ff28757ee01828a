package se.lup.extract;

/** One page of extracted text; {@code ocr} is true when the text came from Tesseract rather than a text layer. */
public record Page(int number, String text, boolean ocr) {}
