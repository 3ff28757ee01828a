package se.lup.repair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.hunspell.WordFormGenerator;
import se.lup.config.PipelineFiles;

/**
 * Every simple (non-compound) word form the sv_SE Hunspell dictionary generates from its stems and affix rules, so
 * that candidate spellings are found by one lookup instead of one Hunspell check each. Expanding the dictionary
 * takes tens of seconds, so {@code bin/lup learn-repair} writes the forms once to {@code pipeline/repair/hunspell-forms.txt.gz}.
 */
final class HunspellForms {
    static final String FILE = "repair/hunspell-forms.txt.gz";
    private static final Set<String> COMPOUND_POSITIONS =
            Set.of("COMPOUNDBEGIN", "COMPOUNDMIDDLE", "COMPOUNDEND", "COMPOUNDRULE", "COMPOUNDPERMITFLAG");

    private HunspellForms() {}

    /**
     * Expands the dictionary: lower-case forms made of letters only, sorted; proper nouns keep their capital. Lucene's
     * generator leaves out every stem that carries a compound-position flag, and sv_SE gives most nouns and verbs one
     * ("nämnd/ADfHsY", "förebygga/...Y"), though they are words on their own too: the forms are generated from the
     * dictionary with those flags made ordinary. Stems only allowed inside compounds (ONLYINCOMPOUND) stay out.
     */
    static List<String> generate() {
        TreeSet<String> forms = new TreeSet<>();
        new WordFormGenerator(SwedishLexicon.loadDictionary(COMPOUND_POSITIONS, List.of())).generateAllSimpleWords(w -> {
            String form = w.getWord();
            if (form.length() > 1 && form.chars().allMatch(Character::isLetter)) {
                boolean lowerCase = Character.isLowerCase(form.charAt(0));
                forms.add(lowerCase ? form.toLowerCase(Locale.ROOT) : form);
            }
        }, () -> {});
        return new ArrayList<>(forms);
    }

    static void write(List<String> forms, Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (String form : forms) {
                w.write(form);
                w.write('\n');
            }
        }
    }

    /** The forms learn-repair wrote, from the pipeline folder or the copy bundled in the jar. */
    static List<String> read() {
        try (InputStream in = PipelineFiles.open(FILE);
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline/" + FILE + " (regenerate it with bin/lup learn-repair)", e);
        }
    }
}
