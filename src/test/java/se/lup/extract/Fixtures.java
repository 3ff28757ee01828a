package se.lup.extract;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Test documents written by code: text PDFs, scanned-looking PDF pages and images, DOCX and ODT. */
public final class Fixtures {
    /** Swedish municipal text with å, ä and ö, split into lines that fit an A4 page. */
    public static final List<String> SWEDISH_LINES = List.of(
            "Stadsdelsnämnden planerar åtgärder för ökad trygghet",
            "i Rinkeby och Tensta under året. Förskolan och",
            "skolan samverkar med socialtjänsten och föreningar.");

    private Fixtures() {}

    /** A PDF with a text layer; one page per entry, each page's lines drawn in Helvetica. */
    public static Path textPdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (List<String> lines : pages) addTextPage(pdf, lines);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose only page is a picture of the lines: no text layer, as a scan. */
    public static Path imagePdf(Path file, List<String> lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            addImagePage(pdf, lines);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** Page 1 with a text layer, page 2 a picture of text. */
    public static Path mixedPdf(Path file, List<String> textPage, List<String> imagePage) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            addTextPage(pdf, textPage);
            addImagePage(pdf, imagePage);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A text PDF that opens only with the password "hemligt". */
    public static Path encryptedPdf(Path file, List<String> lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            addTextPage(pdf, lines);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", "hemligt", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }

    public static Path docx(Path file, String heading, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            var title = doc.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText(heading);
            for (String text : paragraphs) doc.createParagraph().createRun().setText(text);
            doc.write(out);
        }
        return file;
    }

    /** A minimal OpenDocument text, zipped by hand: the mimetype entry first and stored, then the content. */
    public static Path odt(Path file, String heading, String paragraph) throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text>
                    <text:h text:outline-level="1">%s</text:h>
                    <text:p>%s</text:p>
                  </office:text></office:body>
                </office:document-content>
                """.formatted(heading, paragraph);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** Black text on white at about 200 dpi, as a scanner would deliver it. */
    public static BufferedImage render(List<String> lines) {
        int width = 1654;
        int height = 400 + lines.size() * 90;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
        int y = 200;
        for (String line : lines) {
            g.drawString(line, 120, y);
            y += 90;
        }
        g.dispose();
        return image;
    }

    private static void addTextPage(PDDocument pdf, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.setLeading(16);
            content.newLineAtOffset(72, 770);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }

    private static void addImagePage(PDDocument pdf, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        BufferedImage image = render(lines);
        PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
        float scale = PDRectangle.A4.getWidth() / image.getWidth();
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            float height = image.getHeight() * scale;
            content.drawImage(xobject, 0, PDRectangle.A4.getHeight() - height, PDRectangle.A4.getWidth(), height);
        }
    }
}
