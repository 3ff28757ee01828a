package se.lup.extract;

import java.time.Duration;

/**
 * How extraction runs. {@code maxFileBytes}: larger files are refused. {@code timeout}: the longest one document's
 * parse may take (OCR included). {@code ocrLanguage}: Tesseract language(s), e.g. "swe" or "swe+eng".
 * {@code minTextChars}: a PDF page whose text layer has fewer letters is scanned with OCR. {@code ocrDpi}: the
 * resolution PDF pages are rendered at for OCR.
 */
public record ExtractionConfig(long maxFileBytes, Duration timeout, String ocrLanguage, int minTextChars, int ocrDpi) {
    public ExtractionConfig {
        if (maxFileBytes <= 0) throw new IllegalArgumentException("the size limit must be positive");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the timeout must be positive");
        if (minTextChars < 0 || ocrDpi < 72) throw new IllegalArgumentException("invalid OCR settings");
        if (ocrLanguage == null || !ocrLanguage.matches("[a-z_]+(\\+[a-z_]+)*")) {
            throw new IllegalArgumentException("OCR language must look like 'swe' or 'swe+eng', not " + ocrLanguage);
        }
    }

    public static ExtractionConfig defaults() {
        return new ExtractionConfig(100L * 1024 * 1024, Duration.ofMinutes(10), "swe", 20, 300);
    }

    public ExtractionConfig withMaxFileBytes(long bytes) {
        return new ExtractionConfig(bytes, timeout, ocrLanguage, minTextChars, ocrDpi);
    }

    public ExtractionConfig withTimeout(Duration limit) {
        return new ExtractionConfig(maxFileBytes, limit, ocrLanguage, minTextChars, ocrDpi);
    }

    public ExtractionConfig withOcrLanguage(String language) {
        return new ExtractionConfig(maxFileBytes, timeout, language, minTextChars, ocrDpi);
    }
}
