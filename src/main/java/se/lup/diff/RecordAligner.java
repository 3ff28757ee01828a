package se.lup.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/**
 * Pairs each record of an old version with at most one record of the new version. Records are only compared within
 * the same district and kind. Content records (measures, activities, indicators, …) pair by the similarity of their
 * folded text, with their theme/goal context as a weaker signal; goals and themes then pair by title or, when
 * renamed, by how many of their children paired with each other. Pairing is greedy best-first above a threshold,
 * which for these small groups gives the same answer as an optimal assignment except on near ties.
 */
final class RecordAligner {
    /** Below this trigram similarity two texts are different records, not two versions of one. */
    static final double MIN_TEXT_SIMILARITY = 0.5;
    private static final double CONTEXT_WEIGHT = 0.15;
    private static final Set<RecordKind> CONTAINERS = EnumSet.of(RecordKind.GOAL, RecordKind.THEME);

    record Match(LupRecord before, LupRecord after) {}

    /** The pairs, and the new version's records that pair with none (the old version's unpaired ones are the rest). */
    record Alignment(List<Match> matches, List<LupRecord> added) {}

    /** {@code parents}: the folded theme and goal titles the record sits under, to find a container's children. */
    private record Item(int position, LupRecord record, TextProfile text, TextProfile context, Set<String> parents) {
        String group() {
            return Objects.toString(record.district(), "") + '\u0000' + record.kind();
        }
    }

    private record Candidate(int before, int after, double score, double drift) {}

    private final List<Item> before;
    private final List<Item> after;
    private final int[] pairOfBefore;
    private final boolean[] afterTaken;
    private final Map<Item, List<Item>> children = new IdentityHashMap<>();

    private RecordAligner(List<LupRecord> before, List<LupRecord> after) {
        this.before = items(before);
        this.after = items(after);
        this.pairOfBefore = new int[before.size()];
        Arrays.fill(pairOfBefore, -1);
        this.afterTaken = new boolean[after.size()];
    }

    static Alignment align(List<LupRecord> before, List<LupRecord> after) {
        RecordAligner aligner = new RecordAligner(before, after);
        aligner.pairGroups(false, aligner::contentScore);
        aligner.pairGroups(true, aligner::containerScore);
        return aligner.result();
    }

    /** Text similarity, nudged by context so that identical rows under different goals pair with their own goal. */
    private double contentScore(Item a, Item b) {
        double text = a.text().similarity(b.text());
        return text < MIN_TEXT_SIMILARITY ? 0 : (1 - CONTEXT_WEIGHT) * text + CONTEXT_WEIGHT * a.context().similarity(b.context());
    }

    /** A goal or theme is the same one when its title is, or when most of its children are (a rename). */
    private double containerScore(Item a, Item b) {
        double title = a.text().similarity(b.text());
        List<Item> childrenBefore = children.computeIfAbsent(a, c -> childrenOf(before, c));
        List<Item> childrenAfter = children.computeIfAbsent(b, c -> childrenOf(after, c));
        if (childrenBefore.isEmpty() || childrenAfter.isEmpty()) {
            return title < MIN_TEXT_SIMILARITY ? 0 : title;
        }
        Set<Integer> afterPositions = childrenAfter.stream().map(Item::position).collect(Collectors.toSet());
        long shared = childrenBefore.stream().filter(c -> afterPositions.contains(pairOfBefore[c.position()])).count();
        double overlap = (double) shared / Math.max(childrenBefore.size(), childrenAfter.size());
        double score = Math.max(title, overlap);
        return score < MIN_TEXT_SIMILARITY ? 0 : score;
    }

    private static List<Item> childrenOf(List<Item> side, Item container) {
        String title = container.text().folded();
        return side.stream()
                .filter(i -> !CONTAINERS.contains(i.record().kind()))
                .filter(i -> Objects.equals(i.record().district(), container.record().district()))
                .filter(i -> i.parents().contains(title))
                .toList();
    }

    private void pairGroups(boolean containers, BiFunction<Item, Item, Double> score) {
        Map<String, List<Item>> groupsBefore = groups(before, containers);
        Map<String, List<Item>> groupsAfter = groups(after, containers);
        groupsBefore.forEach((group, olds) -> pairGreedily(olds, groupsAfter.getOrDefault(group, List.of()), score));
    }

    private void pairGreedily(List<Item> olds, List<Item> news, BiFunction<Item, Item, Double> score) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < olds.size(); i++) {
            for (int j = 0; j < news.size(); j++) {
                double s = score.apply(olds.get(i), news.get(j));
                if (s > 0) {
                    double drift = Math.abs((double) i / olds.size() - (double) j / news.size());
                    candidates.add(new Candidate(olds.get(i).position(), news.get(j).position(), s, drift));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingDouble(Candidate::drift));
        for (Candidate c : candidates) {
            if (pairOfBefore[c.before()] < 0 && !afterTaken[c.after()]) {
                pairOfBefore[c.before()] = c.after();
                afterTaken[c.after()] = true;
            }
        }
    }

    private Alignment result() {
        List<Match> matches = new ArrayList<>();
        for (Item item : before) {
            int pair = pairOfBefore[item.position()];
            if (pair >= 0) {
                matches.add(new Match(item.record(), after.get(pair).record()));
            }
        }
        List<LupRecord> added = after.stream().filter(i -> !afterTaken[i.position()]).map(Item::record).toList();
        return new Alignment(matches, added);
    }

    private static Map<String, List<Item>> groups(List<Item> side, boolean containers) {
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        side.stream()
                .filter(i -> CONTAINERS.contains(i.record().kind()) == containers)
                .forEach(i -> groups.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i));
        return groups;
    }

    private static List<Item> items(List<LupRecord> records) {
        List<Item> items = new ArrayList<>(records.size());
        for (LupRecord r : records) {
            String context = String.join(" ", Objects.toString(r.theme(), ""), r.goal() == null ? "" : String.join(" ", r.goal()));
            Set<String> parents = new HashSet<>();
            if (r.theme() != null) {
                parents.add(TextProfile.fold(r.theme()));
            }
            if (r.goal() != null) {
                r.goal().forEach(g -> parents.add(TextProfile.fold(g)));
            }
            items.add(new Item(items.size(), r, TextProfile.of(RecordText.identity(r)), TextProfile.of(context), Set.copyOf(parents)));
        }
        return items;
    }
}
