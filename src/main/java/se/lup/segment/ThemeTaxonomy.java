package se.lup.segment;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import se.lup.config.Json;
import se.lup.config.PipelineFiles;
import se.lup.gazetteer.TolerantText;

/** The editable theme taxonomy of {@code pipeline/themes.json}: categories and the word stems that signal them. */
public final class ThemeTaxonomy {
    /** A taxonomy category and its aliases as written in the file. */
    public record Category(String name, List<String> aliases) {}

    private record CompiledCategory(String name, List<Pattern> aliases) {}

    private final List<CompiledCategory> categories;

    private ThemeTaxonomy(List<Category> categories) {
        this.categories = categories.stream()
                .map(c -> new CompiledCategory(c.name(), c.aliases().stream()
                        .map(a -> Pattern.compile("(?<![\\p{L}])" + TolerantText.literal(a.toLowerCase()),
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                        .toList()))
                .toList();
    }

    public static ThemeTaxonomy load() {
        try (InputStream in = PipelineFiles.open("themes.json")) {
            return new ThemeTaxonomy(Json.MAPPER.convertValue(
                    Json.MAPPER.readTree(in).path("categories"), new TypeReference<List<Category>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline/themes.json", e);
        }
    }

    /** Every category with an alias starting a word of the text, in taxonomy order; empty when none matches. */
    public List<String> categories(String text) {
        if (text == null) {
            return List.of();
        }
        String tidy = TolerantText.normalise(text);
        return categories.stream()
                .filter(c -> c.aliases().stream().anyMatch(a -> a.matcher(tidy).find()))
                .map(CompiledCategory::name)
                .toList();
    }
}
