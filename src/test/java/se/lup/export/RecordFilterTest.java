package se.lup.export;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;
import se.lup.record.Span;

class RecordFilterTest {
    private static LupRecord record(RecordKind kind, String district) {
        return new LupRecord("id", kind, district, null, List.of(), "t", "t", "t",
                new DocumentRef("d", "d.txt", null, null, null, null, null), List.of(), null, new Span(0, 1),
                null, null, null, null, null, null, null);
    }

    @Test
    void filtersByDistrictAndKindAndLetsCityWideRecordsThroughOnlyWithoutADistrictFilter() {
        RecordFilter farstaPartners = new RecordFilter(Set.of("Farsta"), Set.of(RecordKind.PARTNER));
        assertTrue(farstaPartners.test(record(RecordKind.PARTNER, "Farsta")));
        assertFalse(farstaPartners.test(record(RecordKind.MEASURE, "Farsta")));
        assertFalse(farstaPartners.test(record(RecordKind.PARTNER, "Bromma")));
        assertFalse(farstaPartners.test(record(RecordKind.PARTNER, null)));
        assertTrue(new RecordFilter(Set.of(), Set.of()).test(record(RecordKind.CONTEXT, null)));
    }
}
