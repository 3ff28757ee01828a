package se.lup.diff;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lup.corpus.DocumentInfo;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.PipelineStages;
import se.lup.pipeline.ProcessedDocument;
import se.lup.record.RecordKind;

/**
 * A new version of the corpus's 2022 verksamhetsplan is made by editing its tab-separated rows and one goal heading
 * as an author would (remove and add an activity, move an end date, change an indicator target, rename a goal);
 * the diff must report exactly those edits and nothing else. Rows are chosen by position among rows whose text is
 * unique in the document, so the edits are unambiguous.
 */
class EditedPlanDiffTest {
    private static final Path PLAN = Path.of("corpus/spanga-tensta-verksamhetsplan-2022.txt");
    private static final Pattern ACTIVITY = Pattern.compile("^(.+)\\t(\\d{4}-\\d{2}-\\d{2})\\t(\\d{4}-\\d{2}-\\d{2})\\s*$");
    private static final Pattern INDICATOR = Pattern.compile("^([^\\t]+)\\t([^\\t]+)\\t([^\\t]*)\\t(\\S+)\\s*$");
    private static final Pattern GOAL = Pattern.compile("^Nämndmål: (.+?)\\s*$");
    private static final String NEW_ACTIVITY = "Utveckla digitala mötesplatser för äldre på Tensta träff tillsammans med civilsamhället";
    private static final String NEW_GOAL = "Spånga-Tenstas offentliga miljöer upplevs som rena och trygga av alla invånare";

    @TempDir
    static Path dir;

    private static ChangeSet diff;
    private static String removedActivity;
    private static String movedActivity;
    private static String movedEndDate;
    private static String changedIndicator;
    private static String oldTarget;
    private static String newTarget;
    private static String renamedGoal;

    @BeforeAll
    static void editAndDiff() throws Exception {
        String original = Files.readString(PLAN);
        List<String> lines = new ArrayList<>(original.lines().toList());
        List<Integer> activities = uniqueRows(lines, ACTIVITY, original);
        List<Integer> indicators = uniqueRows(lines, INDICATOR, original);
        List<Integer> goals = uniqueRows(lines, GOAL, original);

        Matcher moved = matcher(ACTIVITY, lines.get(activities.get(20)));
        movedActivity = moved.group(1).strip();
        movedEndDate = moved.group(3).equals("2022-12-31") ? "2023-06-30" : "2022-12-31";
        lines.set(activities.get(20), moved.group(1) + "\t" + moved.group(2) + "\t" + movedEndDate);

        Matcher indicator = matcher(INDICATOR, lines.get(indicators.get(5)));
        changedIndicator = indicator.group(1).strip();
        oldTarget = indicator.group(2);
        newTarget = oldTarget.matches(".*\\d.*") ? oldTarget.replaceFirst("\\d", "9") : "95 %";
        assertNotEquals(oldTarget, newTarget);
        lines.set(indicators.get(5), indicator.group(1) + "\t" + newTarget + "\t" + indicator.group(3) + "\t" + indicator.group(4));

        renamedGoal = matcher(GOAL, lines.get(goals.get(3))).group(1);
        lines.set(goals.get(3), "Nämndmål: " + NEW_GOAL);

        // The new row goes in after the removed one, so the removed row's line number still holds.
        lines.add(activities.get(30) + 1, NEW_ACTIVITY + "\t2022-03-01\t2022-11-30");
        removedActivity = matcher(ACTIVITY, lines.get(activities.get(10))).group(1).strip();
        lines.remove((int) activities.get(10));

        Path before = Files.copy(PLAN, dir.resolve("vp-2022.txt"));
        Path after = Files.writeString(dir.resolve("vp-2022-reviderad.txt"), String.join("\n", lines) + "\n");
        DocumentPipeline pipeline = new DocumentPipeline(PipelineStages.defaults());
        ProcessedDocument old = pipeline.process(before, info(before));
        ProcessedDocument edited = pipeline.process(after, info(after));
        diff = PlanDiff.between(old.document(), old.records(), edited.document(), edited.records());
    }

    @Test
    void reportsExactlyTheEdits() {
        assertEquals(5, diff.changes().size(), () -> "changes: " + diff.changes());
    }

    @Test
    void removedAndAddedActivities() {
        Change removed = only(ChangeType.REMOVED);
        assertEquals(RecordKind.ACTIVITY, removed.kind());
        assertTrue(removed.text().contains(removedActivity), removed::text);
        Change added = only(ChangeType.ADDED);
        assertEquals(RecordKind.ACTIVITY, added.kind());
        assertTrue(added.text().contains(NEW_ACTIVITY), added::text);
        assertEquals("Spånga-Tensta", added.district());
    }

    @Test
    void movedEndDate() {
        Change dates = only(ChangeType.DATES_CHANGED);
        assertTrue(dates.text().contains(movedActivity), dates::text);
        assertEquals(1, dates.fields().size());
        assertEquals("end_date", dates.fields().get(0).field());
        assertEquals(movedEndDate, dates.fields().get(0).after());
    }

    @Test
    void changedIndicatorTarget() {
        Change target = only(ChangeType.TARGET_CHANGED);
        assertEquals(RecordKind.INDICATOR, target.kind());
        assertTrue(target.text().contains(changedIndicator), target::text);
        assertEquals(List.of(new FieldChange("target", oldTarget.strip(), newTarget.strip())), target.fields());
    }

    @Test
    void renamedGoal() {
        Change renamed = only(ChangeType.RENAMED);
        assertEquals(RecordKind.GOAL, renamed.kind());
        assertTrue(renamed.fields().get(0).before().contains(renamedGoal), () -> renamed.fields().toString());
        assertTrue(renamed.fields().get(0).after().contains(NEW_GOAL), () -> renamed.fields().toString());
    }

    private static Change only(ChangeType type) {
        List<Change> of = diff.changes().stream().filter(c -> c.type() == type).toList();
        assertEquals(1, of.size(), () -> type + " in " + diff.changes());
        return of.get(0);
    }

    private static DocumentInfo info(Path file) {
        return new DocumentInfo(file.getFileName().toString(), "Verksamhetsplan 2022 för Spånga-Tensta stadsdelsnämnd",
                "Spånga-Tensta stadsdelsnämnd", "Spånga-Tensta", 2022, "verksamhetsplan", false, null, null);
    }

    /** Line numbers of rows matching the pattern whose first cell occurs once in the whole text. */
    private static List<Integer> uniqueRows(List<String> lines, Pattern row, String text) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = row.matcher(lines.get(i));
            if (m.matches() && !lines.get(i).contains("\f") && occurrences(text, m.group(1).strip()) == 1) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static Matcher matcher(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        assertTrue(m.matches(), line);
        return m;
    }
}
