package se.lup.diff;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lup.record.DocumentRef;
import se.lup.record.IndicatorValues;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

class PlanDiffTest {
    private static final DocumentRef V1 = new DocumentRef("plan-1", "plan-1.txt", "Plan", "Nämnd", 2022, "verksamhetsplan", 1);
    private static final DocumentRef V2 = new DocumentRef("plan-2", "plan-2.txt", "Plan", "Nämnd", 2023, "verksamhetsplan", 2);
    private static final String GOAL = "Invånare är etablerade i samhället";

    private static LupRecord record(RecordKind kind, String district, String theme, List<String> goal, String title, String text,
            LocalDate start, LocalDate end, IndicatorValues values) {
        return new LupRecord(kind + ":" + text.hashCode(), kind, district, theme, List.of(), title, text, text, V1, List.of(), 1,
                null, start, end, null, null, values, null, goal);
    }

    private static LupRecord goal(String title) {
        return record(RecordKind.GOAL, "Spånga-Tensta", null, List.of(), title, title, null, null, null);
    }

    private static LupRecord activity(String goal, String text, String start, String end) {
        return record(RecordKind.ACTIVITY, "Spånga-Tensta", null, List.of(goal), text, text + "\t" + start + "\t" + end,
                LocalDate.parse(start), LocalDate.parse(end), null);
    }

    private static LupRecord indicator(String goal, String text, String target) {
        return record(RecordKind.INDICATOR, "Spånga-Tensta", null, List.of(goal), text, text + "\t" + target + "\t\tTertial",
                null, null, new IndicatorValues(target, null, "Tertial", null, null));
    }

    private static LupRecord measure(String district, String theme, String text) {
        return record(RecordKind.MEASURE, district, theme, null, null, text, null, null, null);
    }

    private static List<LupRecord> plan(String goalTitle) {
        return List.of(
                goal(goalTitle),
                indicator(goalTitle, "Andel nyanlända som får ett personligt erbjudande om samhällsvägledning inom en månad", "100 %"),
                indicator(goalTitle, "Antal aspiranter som fått Stockholmsjobb", "35 st"),
                activity(goalTitle, "Implementering av lärdomar från projekt Kvinnokraft och Stadsdelsmammor", "2022-01-01", "2022-12-31"),
                activity(goalTitle, "Stärka samverkan mellan stadsdelarnas medborgarkontor i samhällsvägledningen", "2022-01-01", "2022-06-30"),
                activity(goalTitle, "Utveckla bostadsvägledning för nyanlända i genomgångsbostad tillsammans med SHIS", "2022-01-01", "2022-12-31"),
                measure("Rinkeby-Kista", "Trygghet", "Trygghetsvandringar genomförs i Husby tillsammans med polisen och bostadsbolagen."),
                measure("Skarpnäck", "Trygghet", "Trygghetsvandringar genomförs i Bagarmossen tillsammans med polisen och bostadsbolagen."));
    }

    private static ChangeSet diff(List<LupRecord> before, List<LupRecord> after) {
        return PlanDiff.between(V1, before, V2, after);
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        assertEquals(List.of(), diff(plan(GOAL), plan(GOAL)).changes());
    }

    @Test
    void ocrNoiseReflowAndRenumberingAreNotChanges() {
        List<LupRecord> after = new ArrayList<>(plan(GOAL));
        after.set(6, measure("Rinkeby-Kista", "Trygghet", "Trygghets-vandringar genomfors i Husby\ntillsammans med polisen och bostadsbolagen ."));
        after.set(0, goal("1.2 Invanare ar etablerade i samhéllet"));
        ChangeSet set = diff(plan(GOAL), after);
        assertEquals(List.of(), set.changes(), () -> set.changes().toString());
    }

    @Test
    void reportsMovedEndDateChangedTargetAddedAndRemovedActivities() {
        List<LupRecord> after = new ArrayList<>(plan(GOAL));
        after.set(4, activity(GOAL, "Stärka samverkan mellan stadsdelarnas medborgarkontor i samhällsvägledningen", "2022-01-01", "2022-12-31"));
        after.set(2, indicator(GOAL, "Antal aspiranter som fått Stockholmsjobb", "40 st"));
        after.remove(5);
        after.add(5, activity(GOAL, "Digitalt stöd och vägledning erbjuds på biblioteket i Tensta", "2023-01-01", "2023-12-31"));
        ChangeSet set = diff(plan(GOAL), after);

        assertEquals(4, set.changes().size(), () -> set.changes().toString());
        Change target = only(set, ChangeType.TARGET_CHANGED);
        assertEquals(List.of(new FieldChange("target", "35 st", "40 st")), target.fields());
        Change dates = only(set, ChangeType.DATES_CHANGED);
        assertEquals(List.of(new FieldChange("end_date", "2022-06-30", "2022-12-31")), dates.fields());
        assertTrue(only(set, ChangeType.ADDED).text().startsWith("Digitalt stöd"));
        assertTrue(only(set, ChangeType.REMOVED).text().startsWith("Utveckla bostadsvägledning"));
        assertEquals("Spånga-Tensta", only(set, ChangeType.REMOVED).district());
    }

    @Test
    void renamedGoalIsRecognisedByItsChildren() {
        String renamed = "Nyanlända etablerar sig snabbt i arbets- och samhällslivet";
        ChangeSet set = diff(plan(GOAL), plan(renamed));
        Change rename = only(set, ChangeType.RENAMED);
        assertEquals(List.of(new FieldChange("title", GOAL, renamed)), rename.fields());
        assertEquals(1, set.changes().size(), () -> set.changes().toString());
    }

    @Test
    void realTextEditIsShownAsWordDiff() {
        List<LupRecord> after = new ArrayList<>(plan(GOAL));
        after.set(7, measure("Skarpnäck", "Trygghet", "Trygghetsvandringar genomförs i Bagarmossen och Skarpnäcks gård tillsammans med polisen och bostadsbolagen."));
        Change text = only(diff(plan(GOAL), after), ChangeType.TEXT_CHANGED);
        assertEquals("Skarpnäck", text.district());
        assertEquals("Trygghetsvandringar genomförs i Bagarmossen {+och Skarpnäcks gård+} tillsammans med polisen och …", text.wordDiff());
    }

    @Test
    void sameMeasureIsOnlyPairedWithinItsDistrict() {
        List<LupRecord> after = new ArrayList<>(plan(GOAL));
        after.remove(6); // Rinkeby-Kista drops its walk; Skarpnäck's near-identical one must not stand in for it
        ChangeSet set = diff(plan(GOAL), after);
        Change removed = only(set, ChangeType.REMOVED);
        assertEquals("Rinkeby-Kista", removed.district());
        assertEquals(1, set.changes().size());
    }

    private static Change only(ChangeSet set, ChangeType type) {
        List<Change> of = set.changes().stream().filter(c -> c.type() == type).toList();
        assertEquals(1, of.size(), () -> type + " in " + set.changes());
        return of.get(0);
    }
}
