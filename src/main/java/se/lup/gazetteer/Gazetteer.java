package se.lup.gazetteer;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lup.config.Json;
import se.lup.config.PipelineFiles;

/**
 * Stockholm's districts from {@code pipeline/gazetteer.json}, matched in running text tolerant of case, genitive
 * and inflected endings ("Skarpnäcks"), hyphen/space variants and OCR-misread å/ä/ö ("Spanga-Tensta", "Skarpnéck").
 */
public final class Gazetteer {
    private record Name(District district, String surface, Pattern pattern, boolean stadsdel) {}

    /** "Rinkeby-Kista stadsdelsnämnd", "Skarpnäcks stadsdelsförvaltning": the district's own organisation. */
    private static final String ORGANISATION = "(?:\\s+(?:" + TolerantText.literal("stadsdelsnämnd") + "|"
            + TolerantText.literal("stadsdelsförvaltning") + "|" + TolerantText.literal("stadsdelsområde") + ")\\p{L}*)";

    private final List<District> districts;
    private final List<Name> names;

    private Gazetteer(List<District> districts) {
        this.districts = List.copyOf(districts);
        List<Name> all = new ArrayList<>();
        for (District d : districts) {
            all.add(name(d, d.name(), false));
            d.aliases().forEach(a -> all.add(name(d, a, false)));
            d.stadsdelar().forEach(s -> all.add(name(d, s, true)));
        }
        // Longest names first so "Hässelby-Vällingby" wins over the stadsdel "Hässelby".
        all.sort(Comparator.comparingInt((Name n) -> n.surface().length()).reversed());
        this.names = List.copyOf(all);
    }

    public static Gazetteer load() {
        try (InputStream in = PipelineFiles.open("gazetteer.json")) {
            List<District> districts = Json.MAPPER.convertValue(
                    Json.MAPPER.readTree(in).path("districts"), new TypeReference<List<District>>() {});
            return new Gazetteer(districts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline/gazetteer.json", e);
        }
    }

    public List<District> districts() {
        return districts;
    }

    /** The district named by exactly this text (a name, alias or stadsdel, possibly garbled or inflected). */
    public Optional<District> lookup(String text) {
        String trimmed = text.strip();
        return names.stream().filter(n -> n.pattern().matcher(trimmed).matches()).map(Name::district).findFirst();
    }

    /** The first district mentioned by name or alias in the text; stadsdelar are ignored here. */
    public Optional<District> findDistrict(String text) {
        return first(text, false);
    }

    /** The first district mentioned in the text, by its name, an alias or one of its stadsdelar. */
    public Optional<District> findDistrictOrStadsdel(String text) {
        return first(text, true);
    }

    private Optional<District> first(String text, boolean includeStadsdelar) {
        District best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Name n : names) {
            if (n.stadsdel() && !includeStadsdelar) {
                continue;
            }
            Matcher m = n.pattern().matcher(text);
            if (m.find() && m.start() < bestStart) {
                best = n.district();
                bestStart = m.start();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Name name(District d, String surface, boolean stadsdel) {
        return new Name(d, surface, Pattern.compile(
                "(?<![\\p{L}])" + TolerantText.literal(surface) + "(?:s|ets?|s?områdes?)?" + ORGANISATION + "?(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), stadsdel);
    }
}
