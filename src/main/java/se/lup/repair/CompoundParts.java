package se.lup.repair;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The forms sv_SE's compound rules allow as parts of a compound, read from its affix and dictionary files in one pass:
 * the stems allowed only inside compounds (ONLYINCOMPOUND: "skol", "familje"), and every form that may stand before
 * the last part. Hunspell takes a part there only when its stem carries the COMPOUNDBEGIN or COMPOUNDMIDDLE flag, or a
 * flag of a COMPOUNDRULE (checked on the bare stem), or when a suffix with COMPOUNDPERMITFLAG made it (the linking
 * forms: "skola" → "skol", "vara" → "varu", "yrke" → "yrkes"). sv_SE has no prefixes and no suffix made from another,
 * so one suffix per stem is all there is to apply. Lower case, letters only.
 */
record CompoundParts(List<String> compoundOnlyStems, List<String> beforeLast) {
    private static final Set<String> FLAG_OPTIONS = Set.of("ONLYINCOMPOUND", "COMPOUNDBEGIN", "COMPOUNDMIDDLE", "COMPOUNDPERMITFLAG");

    /** One suffix rule: what it strips from a stem, what it adds, and the stem ending it needs. */
    private record Suffix(String strip, String add, Pattern condition) {
        /** The stem with this suffix, or null when its ending does not fit. */
        String applyTo(String stem) {
            if (!stem.endsWith(strip) || condition != null && !condition.matcher(stem).matches()) {
                return null;
            }
            return stem.substring(0, stem.length() - strip.length()) + add;
        }
    }

    static CompoundParts read() {
        return SwedishLexicon.readHunspellFiles((aff, dic) -> {
            Map<String, String> flagOf = new HashMap<>();
            Set<Character> ruleFlags = new HashSet<>();
            // The SFX lines' fields; only the few rules that make linking forms are compiled below.
            List<String[]> suffixLines = new ArrayList<>();
            for (String line : new String(aff.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 2 && FLAG_OPTIONS.contains(f[0])) {
                    flagOf.put(f[0], f[1]);
                } else if (f.length == 2 && f[0].equals("COMPOUNDRULE") && !f[1].chars().allMatch(Character::isDigit)) {
                    // A rule such as "4?5?43U*Y" names flags; the first COMPOUNDRULE line only counts the rules.
                    f[1].chars().filter(c -> c != '*' && c != '?').forEach(c -> ruleFlags.add((char) c));
                } else if (f.length >= 5 && f[0].equals("SFX")) {
                    suffixLines.add(f);
                }
            }
            char onlyInCompound = flag(flagOf, "ONLYINCOMPOUND");
            boolean[] beforeLastFlags = new boolean[Character.MAX_VALUE + 1];
            ruleFlags.forEach(f -> beforeLastFlags[f] = true);
            beforeLastFlags[flag(flagOf, "COMPOUNDBEGIN")] = true;
            beforeLastFlags[flag(flagOf, "COMPOUNDMIDDLE")] = true;
            beforeLastFlags[onlyInCompound] = true;
            // A suffix form stands before the last part when the suffix permits it there (rules take bare stems only).
            Set<Character> suffixFlags = Set.of(flag(flagOf, "COMPOUNDPERMITFLAG"), flag(flagOf, "COMPOUNDBEGIN"), flag(flagOf, "COMPOUNDMIDDLE"));
            Map<Character, List<Suffix>> linking = new HashMap<>();
            for (String[] f : suffixLines) {
                int slash = f[3].indexOf('/');
                String flags = slash < 0 ? "" : f[3].substring(slash + 1);
                if (flags.chars().anyMatch(c -> suffixFlags.contains((char) c))) {
                    String add = slash < 0 ? f[3] : f[3].substring(0, slash);
                    linking.computeIfAbsent(f[1].charAt(0), k -> new ArrayList<>()).add(new Suffix(f[2].equals("0") ? "" : f[2],
                            add.equals("0") ? "" : add, f[4].equals(".") ? null : Pattern.compile(".*" + f[4])));
                }
            }
            TreeSet<String> compoundOnly = new TreeSet<>();
            // Looked up, never listed in order: a hash set builds faster than a sorted one.
            Set<String> beforeLast = new HashSet<>();
            new BufferedReader(new InputStreamReader(dic, StandardCharsets.UTF_8)).lines().skip(1).forEach(line -> {
                int space = line.indexOf(' ');
                int tab = line.indexOf('\t');
                int end = space < 0 ? tab : tab < 0 ? space : Math.min(space, tab);
                String entry = end < 0 ? line : line.substring(0, end);
                int slash = entry.indexOf('/');
                if (slash < 0) {
                    return;
                }
                String stem = entry.substring(0, slash);
                String flags = entry.substring(slash + 1);
                if (flags.indexOf(onlyInCompound) >= 0 && stem.length() > 2) {
                    addLetters(stem, compoundOnly);
                }
                boolean stemBeforeLast = false;
                for (int i = 0; i < flags.length(); i++) {
                    char flag = flags.charAt(i);
                    stemBeforeLast |= beforeLastFlags[flag];
                    for (Suffix s : linking.getOrDefault(flag, List.of())) {
                        String form = s.applyTo(stem);
                        if (form != null) {
                            addLetters(form, beforeLast);
                        }
                    }
                }
                if (stemBeforeLast) {
                    addLetters(stem, beforeLast);
                }
            });
            return new CompoundParts(new ArrayList<>(compoundOnly), new ArrayList<>(beforeLast));
        });
    }

    private static char flag(Map<String, String> flagOf, String option) {
        String flag = flagOf.get(option);
        if (flag == null) {
            throw new IllegalStateException("the sv_SE affix file sets no " + option);
        }
        return flag.charAt(0);
    }

    private static void addLetters(String form, Set<String> forms) {
        if (!form.isEmpty() && Tokens.letters(form) == form.length()) {
            forms.add(form.toLowerCase(Locale.ROOT));
        }
    }
}
