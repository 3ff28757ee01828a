package se.lup.repair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word and word-pair counts (lower case) learned from clean Swedish text. Pairs do not cross sentence punctuation,
 * so "… år. Det" does not count as the pair "år det".
 */
final class WordStatistics {
    /** Stands for every number but years, so that "tertial 1" and "1 januari" are contexts a digit read as a letter is judged in. */
    static final String NUMBER = "<number>";
    /** Stands for a year (1900–2099): "år 2022", "2022 är" are contexts of their own, unlike "3 år". */
    static final String YEAR = "<year>";
    /** Written before a numeral in the counts file: how often that numeral itself occurred. */
    private static final String NUMERAL_PREFIX = NUMBER + "=";

    private final Map<String, Integer> words = new HashMap<>();
    /** Occurrences of each numeral as written ("1", "2022"); in the words and pairs they count as their {@link #numberClass}. */
    private final Map<String, Integer> numerals = new HashMap<>();
    /** Words numbered for the pair table; a word's number is its index in {@link #byId}. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> byId = new ArrayList<>();
    /** Per numbered word, how many different words followed it. */
    private final List<Integer> followerTypes = new ArrayList<>();
    private final PairTable pairs = new PairTable();
    private long total;

    void learn(String text) {
        String previous = null;
        for (Tokens.Token t : Tokens.split(text)) {
            if (!t.word()) {
                if (endsClause(t.text())) {
                    previous = null;
                }
                continue;
            }
            boolean number = isNumber(t.text());
            if (!number && !Tokens.hasLetter(t.text())) {
                previous = null;
                continue;
            }
            String w = number ? numberClass(t.text()) : t.text().toLowerCase(Locale.ROOT);
            if (number) {
                numerals.merge(t.text(), 1, Integer::sum);
            }
            words.merge(w, 1, Integer::sum);
            total++;
            if (previous != null) {
                addPair(previous, w, 1);
            }
            previous = w;
        }
    }

    static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    /** The class a number is counted as: {@link #YEAR} or {@link #NUMBER}. */
    static String numberClass(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20")) ? YEAR : NUMBER;
    }

    static boolean endsClause(String separator) {
        for (int i = 0; i < separator.length(); i++) {
            if (".!?:;()".indexOf(separator.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** How often this numeral occurred as written. */
    int numeralCount(String digits) {
        return numerals.getOrDefault(digits, 0);
    }

    int count(String lowerWord) {
        return words.getOrDefault(lowerWord, 0);
    }

    /** The word's number for {@link #pairCount(int, int)}, or -1 when it never occurred in a pair. */
    int id(String lowerWord) {
        return ids.getOrDefault(lowerWord, -1);
    }

    /** Whether the numbered word was ever followed by another. */
    boolean leadsPair(int id) {
        return followerTypes(id) > 0;
    }

    /** How many different words followed the numbered word. */
    int followerTypes(int id) {
        return id < 0 ? 0 : followerTypes.get(id);
    }

    /** How often the second numbered word followed the first. */
    int pairCount(int first, int second) {
        return first < 0 || second < 0 ? 0 : pairs.get(first, second);
    }

    private void addPair(String first, String second, int count) {
        int firstId = number(first);
        if (pairs.add(firstId, number(second), count)) {
            followerTypes.set(firstId, followerTypes.get(firstId) + 1);
        }
    }

    private int number(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = byId.size();
            ids.put(word, id);
            byId.add(word);
            followerTypes.add(0);
        }
        return id;
    }

    /** The {@code n} most frequent words, most frequent first (the number classes are not words). */
    List<String> mostFrequent(int n) {
        return words.entrySet().stream()
                .filter(e -> !e.getKey().equals(NUMBER) && !e.getKey().equals(YEAR))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    long total() {
        return total;
    }

    void write(Writer out) throws IOException {
        out.write("# word or word pair\tcount (generated by bin/lup learn-repair from clean Swedish text)\n");
        Map<String, Integer> flatPairs = new HashMap<>();
        pairs.forEach((first, second, count) -> flatPairs.put(byId.get(first) + " " + byId.get(second), count));
        Map<String, Integer> prefixedNumerals = new HashMap<>();
        numerals.forEach((numeral, count) -> prefixedNumerals.put(NUMERAL_PREFIX + numeral, count));
        for (Map<String, Integer> m : List.of(words, prefixedNumerals, flatPairs)) {
            for (var e : new TreeMap<>(m).entrySet()) {
                out.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }

    void read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                String key = line.substring(0, tab);
                int count = Integer.parseInt(line.substring(tab + 1));
                int space = key.indexOf(' ');
                if (key.startsWith(NUMERAL_PREFIX)) {
                    numerals.merge(key.substring(NUMERAL_PREFIX.length()), count, Integer::sum);
                } else if (space >= 0) {
                    addPair(key.substring(0, space), key.substring(space + 1), count);
                } else {
                    words.merge(key, count, Integer::sum);
                    total += count;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
