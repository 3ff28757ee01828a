package se.lup.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Plain text: UTF-8, falling back to Windows-1252 when the bytes are not valid UTF-8; form feeds are page breaks. */
public final class PlainTextExtractor implements Extractor {
    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExtractionException(file, "cannot read file: " + e.getMessage(), e);
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ExtractionException(file, "empty document (no text)");
        }
        List<Page> pages = new ArrayList<>();
        String[] parts = text.split("\f", -1);
        for (int i = 0; i < parts.length; i++) {
            pages.add(new Page(i + 1, parts[i], false));
        }
        return new ExtractedDocument(file, "text/plain", pages);
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
