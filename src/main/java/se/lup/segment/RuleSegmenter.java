package se.lup.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.lup.clean.CleanDocument;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/**
 * The segmenter: walks a document's blocks ({@link DocumentWalk}) and turns the drafts into records with stable ids and
 * theme categories from the taxonomy's aliases. Themes and measures that match none are left for
 * {@link ThemeCategorizer#fill}, which needs records of many documents to learn from.
 */
public final class RuleSegmenter implements Segmenter {
    private final SegmenterConfig config;

    public RuleSegmenter(SegmenterConfig config) {
        this.config = config;
    }

    @Override
    public Segmentation segment(DocumentRef document, String documentDistrict, CleanDocument text) {
        DocumentWalk walk = new DocumentWalk(config, DocumentShape.of(text.blocks(), config.cues()), documentDistrict,
                document.title());
        text.blocks().forEach(walk::accept);
        List<RecordDraft> drafts = walk.records();
        RecordIds ids = new RecordIds(document.id());
        Map<String, List<String>> themeCategories = new HashMap<>();
        List<LupRecord> records = new ArrayList<>(drafts.size());
        for (RecordDraft draft : drafts) {
            List<String> categories = categories(draft, themeCategories);
            records.add(draft.build(ids.next(draft.kind, draft.position.section(), draft.text()), document, categories));
        }
        return new Segmentation(records, walk.warnings());
    }

    /** A theme's categories are remembered so that the records under it share them. */
    private List<String> categories(RecordDraft draft, Map<String, List<String>> themeCategories) {
        String theme = draft.position.theme();
        List<String> categories = draft.position.themeCategories();
        if (categories.isEmpty() && theme != null) {
            categories = themeCategories.getOrDefault(theme, List.of());
        }
        if (categories.isEmpty() && (draft.kind == RecordKind.THEME || draft.kind == RecordKind.MEASURE)) {
            categories = config.taxonomy().categories(draft.title);
        }
        if (draft.kind == RecordKind.THEME) {
            themeCategories.put(draft.title, categories);
        }
        return categories;
    }
}
