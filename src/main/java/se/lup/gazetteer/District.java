package se.lup.gazetteer;

import java.util.List;

/** A stadsdelsnämnd: canonical name, other spellings, its stadsdelar, and the years it existed ({@code to} null: still does). */
public record District(String name, List<String> aliases, List<String> stadsdelar, List<String> mergedFrom, Integer from, Integer to) {
    public District {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        stadsdelar = stadsdelar == null ? List.of() : List.copyOf(stadsdelar);
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }
}
