package se.lup.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lup.gazetteer.Gazetteer;

/**
 * Partners named in running text: "i samverkan med utbildningsförvaltningen, polisen och Fryshuset". The enumeration
 * after the cue is read item by item and ends at the first item that is not an organisation, so "tillsammans med
 * föräldrarna" or "i samarbete med berörda verksamheter" give nothing. An item counts as an organisation when the
 * partner types of {@code pipeline/segmentation.json} classify it (a known name or an organisation suffix such as
 * "-förvaltningen") and it is one lower-case word or a capitalised name, or when it is a district's name.
 */
final class PartnerMentions {
    /** A partner found in a text, with its offsets in that text. */
    record Mention(String name, String type, int start, int end) {}

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}:&-]*");
    /** Between two items of one enumeration only spaces and one comma; anything else (a full stop, a tab) ends it. */
    private static final Pattern ITEM_GAP = Pattern.compile("[ \\u00A0\\r\\n]*,?[ \\u00A0\\r\\n]*");
    private static final int MAX_NAME_WORDS = 5;
    /** A short item that is no organisation ("kulturskolan", "berörda skolor") is passed over; a longer one ends the list. */
    private static final int MAX_SKIPPED_WORDS = 2;
    private static final String STADSDELSNAMND = "stadsdelsnämnd";

    private final Cues cues;
    private final Gazetteer gazetteer;

    PartnerMentions(Cues cues, Gazetteer gazetteer) {
        this.cues = cues;
        this.gazetteer = gazetteer;
    }

    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher cue = cues.partnerMention(text);
        while (cue.find()) {
            found.addAll(enumeration(text, tokens(text, cue.end())));
        }
        return found;
    }

    /** The words from {@code from} up to the first gap that is neither spaces, a comma nor within a word. */
    private static List<int[]> tokens(String text, int from) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, text.length());
        int previousEnd = from;
        while (m.find() && ITEM_GAP.matcher(text.substring(previousEnd, m.start())).matches()) {
            tokens.add(new int[] {m.start(), m.end()});
            previousEnd = m.end();
        }
        return tokens;
    }

    private List<Mention> enumeration(String text, List<int[]> tokens) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            final int from = i;
            int itemEnd = itemEnd(text, tokens, i);
            Optional<Mention> organisation = knownNameWithConjunction(text, tokens, from, itemEnd)
                    .or(() -> longestOrganisation(text, tokens, from, itemEnd));
            if (organisation.isEmpty() && itemEnd - i > MAX_SKIPPED_WORDS) {
                break;
            }
            if (organisation.isEmpty()) {
                i = next(text, tokens, itemEnd);
                continue;
            }
            mentions.add(organisation.get());
            int end = organisation.get().end();
            int after = itemEnd;
            while (after < tokens.size() && tokens.get(after - 1)[1] < end) {
                after++;
            }
            if (tokens.get(after - 1)[1] != end) {
                break; // "utbildningsförvaltningen i Husby": the enumeration ended inside this item
            }
            i = next(text, tokens, after);
        }
        return mentions;
    }

    private static int next(String text, List<int[]> tokens, int itemEnd) {
        return itemEnd < tokens.size() && isConjunction(text, tokens.get(itemEnd)) ? itemEnd + 1 : itemEnd;
    }

    /** Index after the last token of the item starting at {@code from}: up to a comma, "och" or "samt". */
    private static int itemEnd(String text, List<int[]> tokens, int from) {
        int i = from + 1;
        while (i < tokens.size() && !isConjunction(text, tokens.get(i))
                && text.substring(tokens.get(i - 1)[1], tokens.get(i)[0]).indexOf(',') < 0) {
            i++;
        }
        return i;
    }

    private static boolean isConjunction(String text, int[] token) {
        String word = text.substring(token[0], token[1]);
        return word.equals("och") || word.equals("samt");
    }

    /** A listed name with "och" in it ("Stockholm Vatten och Avfall AB") is one item, not two. */
    private Optional<Mention> knownNameWithConjunction(String text, List<int[]> tokens, int from, int itemEnd) {
        if (itemEnd >= tokens.size() || !isConjunction(text, tokens.get(itemEnd))) {
            return Optional.empty();
        }
        for (int end = Math.min(itemEnd(text, tokens, itemEnd + 1), from + MAX_NAME_WORDS); end > itemEnd + 1; end--) {
            String name = text.substring(tokens.get(from)[0], tokens.get(end - 1)[1]);
            if (cues.isKnownOrganisation(name)) {
                return Optional.of(new Mention(name, cues.partnerType(name).orElseThrow(), tokens.get(from)[0],
                        tokens.get(end - 1)[1]));
            }
        }
        return Optional.empty();
    }

    private Optional<Mention> longestOrganisation(String text, List<int[]> tokens, int from, int to) {
        for (int end = Math.min(to, from + MAX_NAME_WORDS); end > from; end--) {
            String name = text.substring(tokens.get(from)[0], tokens.get(end - 1)[1]);
            String last = text.substring(tokens.get(end - 1)[0], tokens.get(end - 1)[1]);
            Optional<String> type = organisationType(name, last, end - from);
            if (type.isPresent()) {
                return Optional.of(new Mention(name, type.get(), tokens.get(from)[0], tokens.get(end - 1)[1]));
            }
        }
        return Optional.empty();
    }

    private Optional<String> organisationType(String name, String lastWord, int words) {
        if (cues.isGenericPartner(name)) {
            return Optional.empty();
        }
        if (words == 1) {
            // "polisen", "Fryshuset"; a district's name stands for its stadsdelsnämnd.
            boolean district = gazetteer.lookup(name).isPresent() && gazetteer.findDistrict(name).isPresent();
            return district ? Optional.of(STADSDELSNAMND) : cues.partnerType(name);
        }
        // A proper name ("Region Stockholm"), possibly ending in a lower-case organisation word ("Rinkeby-Kista
        // stadsdelsnämnd", "AB Svenska bostäder"), not a clause that goes on ("Fryshuset undersöker förvaltningen").
        String head = name.substring(0, name.length() - lastWord.length());
        boolean properHead = Arrays.stream(head.strip().split("\\s+")).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
        boolean properEnd = Character.isUpperCase(lastWord.codePointAt(0)) || cues.partnerType(lastWord).isPresent()
                || cues.isKnownOrganisation(name);
        return properHead && properEnd ? cues.partnerType(name) : Optional.empty();
    }
}
