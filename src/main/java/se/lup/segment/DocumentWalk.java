package se.lup.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lup.clean.Block;
import se.lup.clean.BlockType;
import se.lup.gazetteer.TolerantText;
import se.lup.record.RecordKind;
import se.lup.segment.Cues.ChapterRole;
import se.lup.segment.Outline.Entry;
import se.lup.segment.Outline.Rank;

/**
 * One pass over a document's blocks in reading order. Headings move the {@link Outline}; what a block becomes depends on
 * the chapter role its headings announce, the district and theme it sits under, and cues inside it (a theme
 * declaration, "är prioriterade områden", "samverka med:"). One instance per document. It is longer than our usual
 * files because it is one state machine (open record, pending declaration, partner list, table) whose transitions read
 * best together; the pieces without that state live in {@link Headings}, {@link DeclaredThemes}, {@link NameLists},
 * {@link Sentences} and {@link TableReader}.
 */
final class DocumentWalk {
    /** A bullet, also when OCR or typing lost its space ("-Barnen utvecklar"). */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-–•*·](?:\\s+|(?=\\p{Lu}))");
    private static final int ROLE_HEADING_WORDS = 4;
    private static final int RELAXED_HEADING_MAX = 100;

    private final SegmenterConfig config;
    private final DocumentShape shape;
    private final Outline outline;
    private final TableReader tables;
    private final List<RecordDraft> finished = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, List<String>> themesByDistrict = new HashMap<>();
    private final Set<String> declaringDistricts = new HashSet<>();
    private final String documentTitle;
    private RecordDraft open;
    private DeclaredThemes declared;
    private String theme;
    private List<String> themeCategories = List.of();
    private boolean partnerListFollows;
    private String partnerType;
    private boolean expectedResults;
    private boolean anyHeading;
    private Block previous;

    DocumentWalk(SegmenterConfig config, DocumentShape shape, String documentDistrict, String documentTitle) {
        this.config = config;
        this.shape = shape;
        this.outline = new Outline(documentDistrict);
        this.tables = new TableReader(config.cues());
        this.documentTitle = documentTitle;
    }

    List<RecordDraft> records() {
        closeOpen();
        endDeclaredThemes();
        return finished;
    }

    List<String> warnings() {
        return warnings;
    }

    void accept(Block block) {
        if (block.type() == BlockType.TOC || block.text().isBlank()) {
            return;
        }
        read(block);
        previous = block;
    }

    private void read(Block block) {
        if (block.type() == BlockType.TABLE_ROW) {
            tableRow(block);
            return;
        }
        if (tables.inKnownTable()) {
            tables.end();
            closeOpen();
        }
        if (declared != null && themeItem(block)) {
            return;
        }
        if (partnerListFollows || partnerType != null || outline.roles().contains(ChapterRole.PARTNERS)) {
            // "Facknämnder" / "Bolagsstyrelser" type the list that follows, whatever block type layout gave them.
            if (config.cues().partnerTypeHeading(block.text()).isPresent()) {
                subHeading(block, TolerantText.tidy(block.text()));
                return;
            }
            if (partnerListFollows && partners(block)) {
                return;
            }
        }
        if (namesDeclaredTheme(block)) {
            subHeading(block, TolerantText.tidy(block.text()));
            return;
        }
        boolean typed = block.type() == BlockType.HEADING;
        if (typed || block.type() == BlockType.PARAGRAPH) {
            // Short declarations ("arbetar utifrån tre prioriterade teman") look like headings.
            // ... but in "2 Prioriterade teman" the number is the section's, not a count.
            Optional<ThemeDeclaration> declaration = Headings.NUMBERED.matcher(block.text().strip()).matches()
                    ? Optional.empty() : config.cues().themeDeclaration(block.text());
            if (declaration.isPresent()) {
                // "Rågsved och Östberga är prioriterade områden. Stadsdelsnämnden arbetar utifrån tre teman"
                if (!priorityAreas(block)) {
                    emitContext(block);
                }
                declaration(declaration.get(), block);
                return;
            }
            if (heading(block, typed)) {
                return;
            }
        }
        if (block.type() == BlockType.LIST_ITEM || BULLET.matcher(block.text()).find() || expectedResults) {
            listItem(block);
        } else {
            paragraph(block);
        }
    }

    // ---- headings ----

    private boolean heading(Block block, boolean typed) {
        String text = TolerantText.tidy(block.text());
        Optional<Cues.GoalHeading> goal = config.cues().goalHeading(text);
        if (goal.isPresent()) {
            goalHeading(block, text, goal.get());
            return true;
        }
        Matcher numbered = Headings.NUMBERED.matcher(text);
        if (numbered.matches() && Headings.shaped(numbered.group(2), typed)) {
            Optional<String> number = outline.acceptNumber(numbered.group(1), typed, warnings);
            if (number.isPresent()) {
                String title = numbered.group(2).strip();
                int level = number.get().split("\\.").length;
                String district = config.gazetteer().lookup(title).map(d -> d.name()).orElse(null);
                List<ChapterRole> roles = config.cues().chapterRoles(title);
                newSection(new Entry(level, text, district, roles, null, null, Rank.FIXED));
                if (district == null && roles.isEmpty()) {
                    undeclaredTheme(block, title);
                }
                return true;
            }
        }
        if (!typed && !Headings.shaped(text, false)) {
            return false;
        }
        if (continuesDistrictList(text)) {
            return false;
        }
        if (!anyHeading && Headings.isTitle(text, documentTitle)) {
            anyHeading = true;
            return true;
        }
        plainHeading(block, text);
        return true;
    }

    private void goalHeading(Block block, String text, Cues.GoalHeading goal) {
        Matcher numbered = Headings.GOAL_NUMBER.matcher(goal.rest());
        String number = numbered.matches() ? numbered.group(1) : null;
        String title = numbered.matches() ? numbered.group(2).strip() : goal.rest();
        int level = config.cues().goalLevels().indexOf(goal.level()) + 1;
        newSection(new Entry(level, text, null, List.of(), goal.level(), title, Rank.FIXED));
        RecordDraft draft = RecordDraft.of(RecordKind.GOAL, position(), title, block, title, block.rawText());
        draft.level = goal.level();
        draft.number = number;
        draft.goal = outline.goalPath();
        emit(draft);
    }

    private void plainHeading(Block block, String text) {
        String district = config.gazetteer().lookup(text).map(d -> d.name()).orElse(null);
        // An unnumbered heading announces a chapter only when short ("Prioriterade åtgärder"), not when a measure's
        // title happens to contain a cue word ("Etablering av insatser för att stärka föräldrar").
        boolean chapterLike = text.split("\\s+").length <= ROLE_HEADING_WORDS && !shape.implicitThemes()
                && !outline.inGoalSection();
        List<ChapterRole> roles = chapterLike ? config.cues().chapterRoles(text) : List.of();
        if (shape.tocTitles().contains(TolerantText.normalise(text))) {
            newSection(new Entry(1, text, district, roles, null, null, Rank.FIXED));
        } else if (district != null) {
            newSection(new Entry(outline.districtLevel(), text, district, roles, null, null, Rank.FIXED));
        } else if (!roles.isEmpty()) {
            newSection(new Entry(outline.levelFor(Rank.ROLE), text, null, roles, null, null, Rank.ROLE));
        } else {
            subHeading(block, text);
        }
    }

    /** A heading without number, district or chapter role: a theme, a measure's title, a partner type or a label. */
    private void subHeading(Block block, String text) {
        closeOpen();
        expectedResults = false;
        partnerType = null;
        outline.push(new Entry(outline.levelFor(Rank.PLAIN), text, null, List.of(), null, null, Rank.PLAIN));
        List<ChapterRole> roles = outline.roles();
        Optional<String> typeHeading = config.cues().partnerTypeHeading(text);
        if (typeHeading.isPresent() && (partnerListFollows || roles.contains(ChapterRole.PARTNERS))) {
            partnerType = typeHeading.get();
            partnerListFollows = true;
            return;
        }
        if (config.cues().isExpectedResultHeading(text)) {
            expectedResults = true;
            return;
        }
        if (config.cues().isLabelHeading(text)) {
            return;
        }
        boolean measureZone = roles.contains(ChapterRole.MEASURES) || roles.contains(ChapterRole.THEMES);
        List<String> declared = declaredThemes();
        Optional<Integer> match = measureZone ? ThemeNames.match(text, declared) : Optional.empty();
        if (match.isPresent()) {
            setTheme(text, declared.get(match.get()));
        } else if (shape.implicitThemes() && outline.deepest(Rank.FIXED) == 0) {
            setTheme(text, text);
            emit(RecordDraft.of(RecordKind.THEME, position(), text, block, text, block.rawText()));
        } else if (!undeclaredTheme(block, text) && (roles.contains(ChapterRole.MEASURES) || outline.inGoalSection())) {
            open = RecordDraft.of(RecordKind.MEASURE, position(), text, block, "", "");
        }
    }

    /**
     * In a chapter of themes ("3 Prioriterade teman") whose district declared none, each heading is a theme and the
     * paragraphs after it its description. True if the heading was taken as one.
     */
    private boolean undeclaredTheme(Block block, String title) {
        List<ChapterRole> roles = outline.roles();
        if (!roles.contains(ChapterRole.THEMES) || roles.contains(ChapterRole.MEASURES)
                || declaringDistricts.contains(districtKey()) || config.cues().isLabelHeading(title)) {
            return false;
        }
        declaredThemes().add(title);
        setTheme(title, title);
        open = RecordDraft.of(RecordKind.THEME, position(), title, block, "", "");
        return true;
    }

    /** A short list item or line in a chapter of measures that is one of the district's themes ("Barn och Unga"). */
    private boolean namesDeclaredTheme(Block block) {
        String text = TolerantText.tidy(block.text());
        boolean shortLine = block.type() != BlockType.HEADING && text.length() <= Headings.SOFT_MAX
                && !text.endsWith(".") && !config.cues().hasFiniteVerb(text);
        return shortLine && !expectedResults && outline.roles().contains(ChapterRole.MEASURES)
                && ThemeNames.matchWhole(text, declaredThemes()).isPresent();
    }

    private void newSection(Entry entry) {
        closeOpen();
        endDeclaredThemes();
        anyHeading = true;
        expectedResults = false;
        partnerType = null;
        partnerListFollows = false;
        setTheme(null, null);
        outline.push(entry);
    }

    /** "Farsta" after the list items "Rinkeby-Kista", "Skärholmen" is one more item, not a district's section. */
    private boolean continuesDistrictList(String text) {
        return previous != null && config.gazetteer().lookup(text).isPresent()
                && (previous.type() == BlockType.LIST_ITEM || config.gazetteer().lookup(previous.text()).isPresent());
    }

    // ---- themes ----

    private void declaration(ThemeDeclaration declaration, Block block) {
        declaringDistricts.add(districtKey());
        declared = new DeclaredThemes(declaration.count());
        declared.inline(declaration.rest()).forEach(item -> addTheme(item, block, block.text()));
        if (declared.complete()) {
            endDeclaredThemes();
        }
    }

    /** Offers a block to a pending theme declaration; true if it held declared themes. */
    private boolean themeItem(Block block) {
        String text = TolerantText.tidy(block.text());
        boolean list = block.type() == BlockType.LIST_ITEM || BULLET.matcher(text).find();
        DeclaredThemes.Offer offer = declared.offer(text, list, themeHeadingShaped(block, text), structural(text));
        offer.items().forEach(item -> addTheme(item, block, text));
        if (offer.ended() || declared.complete()) {
            endDeclaredThemes();
        }
        return !offer.items().isEmpty();
    }

    private void addTheme(DeclaredThemes.Item item, Block block, String blockText) {
        closeOpen();
        declaredThemes().add(item.title());
        if (item.heading()) {
            outline.push(new Entry(outline.levelFor(Rank.PLAIN), blockText, null, List.of(), null, null, Rank.PLAIN));
        }
        setTheme(item.title(), item.title());
        RecordDraft draft = RecordDraft.of(RecordKind.THEME, position(), item.title(), block, item.text(), item.text());
        if (item.heading()) {
            // Open: the paragraphs after a theme heading are its description.
            open = draft;
        } else {
            emit(draft);
        }
    }

    /** A theme heading: a heading, or a short one-sentence paragraph ("Förbättra trygghet, ordning och säkerhet."). */
    private boolean themeHeadingShaped(Block block, String text) {
        if (structural(text)) {
            return false;
        }
        // A theme's first paragraph is its description, never the next theme.
        boolean afterDescription = open != null && open.kind == RecordKind.THEME && open.hasText();
        boolean relaxed = afterDescription && text.length() <= RELAXED_HEADING_MAX && Sentences.isOne(text)
                && Character.isUpperCase(text.codePointAt(0)) && !config.cues().hasFiniteVerb(text);
        return block.type() == BlockType.HEADING || Headings.shaped(text, false)
                || (block.type() == BlockType.PARAGRAPH && relaxed);
    }

    private boolean structural(String text) {
        return Headings.NUMBERED.matcher(text).matches() || config.cues().goalHeading(text).isPresent()
                || config.gazetteer().lookup(text).isPresent();
    }

    private void endDeclaredThemes() {
        if (declared != null && declared.found() != declared.count) {
            warnings.add(String.join(" / ", outline.section()) + ": declares " + declared.count + " themes, found "
                    + declared.found());
        }
        declared = null;
    }

    private List<String> declaredThemes() {
        return themesByDistrict.computeIfAbsent(districtKey(), d -> new ArrayList<>());
    }

    private String districtKey() {
        return String.valueOf(outline.district());
    }

    private void setTheme(String heading, String declaredName) {
        theme = heading;
        themeCategories = declaredName == null ? List.of() : categories(declaredName + " " + heading);
    }

    private List<String> categories(String text) {
        return config.taxonomy().categories(text);
    }

    // ---- paragraphs, list items, table rows ----

    private void paragraph(Block block) {
        String text = block.text();
        if (partners(block) || priorityAreas(block)) {
            return;
        }
        if (open != null) {
            open.append(block);
            return;
        }
        RecordKind kind = kindOfProse(text);
        String[] sentences = Sentences.firstAndRest(text);
        if (kind == RecordKind.CONTEXT && sentences.length == 2 && config.cues().opensAsContext(text)
                && kindOfProse(sentences[1]) == RecordKind.MEASURE) {
            // "Nämnden efterfrågar X. Förvaltningen kommer att ...": the request is context, the answer a measure.
            String[] raw = Sentences.firstAndRest(block.rawText());
            emit(RecordDraft.of(RecordKind.CONTEXT, position(), sentences[0], block, sentences[0], raw[0]));
            emit(RecordDraft.of(RecordKind.MEASURE, position(), Sentences.label(sentences[1]), block, sentences[1],
                    raw.length == 2 ? raw[1] : sentences[1]));
            return;
        }
        emit(RecordDraft.of(kind, position(), Sentences.label(text), block, text, block.rawText()));
    }

    private void listItem(Block block) {
        String text = BULLET.matcher(block.text()).replaceFirst("");
        if (expectedResults) {
            RecordDraft draft = RecordDraft.of(RecordKind.EXPECTED_RESULT, position(), Sentences.label(text), block, text,
                    BULLET.matcher(block.rawText()).replaceFirst(""));
            draft.goal = outline.goalPath();
            emit(draft);
        } else if (!partners(block)) {
            paragraphAsItem(block, text);
        }
    }

    private void paragraphAsItem(Block block, String text) {
        if (open != null) {
            open.append(block);
        } else {
            emit(RecordDraft.of(kindOfProse(text), position(), Sentences.label(text), block, text, block.rawText()));
        }
    }

    /** Prose under a theme in a chapter of measures (or in a plan whose headings are its themes) is a measure. */
    private RecordKind kindOfProse(String text) {
        boolean measureZone = outline.roles().contains(ChapterRole.MEASURES) || shape.implicitThemes();
        if (!measureZone || config.cues().opensAsContext(text) || text.strip().endsWith(":")) {
            return RecordKind.CONTEXT;
        }
        boolean commits = config.cues().isMeasureSentence(Sentences.firstAndRest(text)[0]);
        return theme != null || commits ? RecordKind.MEASURE : RecordKind.CONTEXT;
    }

    private boolean partners(Block block) {
        String text = block.text();
        OptionalInt listStart = config.cues().partnerListStart(text);
        String list;
        if (listStart.isPresent()) {
            list = text.substring(listStart.getAsInt());
            boolean inline = text.substring(0, listStart.getAsInt()).strip().endsWith(":") && !list.isBlank();
            if (!inline) {
                emitContext(block);
                partnerListFollows = true;
                return true;
            }
        } else if (partnerListFollows) {
            list = text;
        } else {
            return false;
        }
        closeOpen();
        for (String name : NameLists.partners(list, config.cues())) {
            RecordDraft draft = RecordDraft.of(RecordKind.PARTNER, position(), name, block, name, name);
            draft.partnerType = partnerType != null ? partnerType : config.cues().partnerType(name).orElse(null);
            emit(draft);
        }
        partnerListFollows = false;
        return true;
    }

    private boolean priorityAreas(Block block) {
        boolean any = false;
        for (String sentence : Sentences.split(TolerantText.tidy(block.text()))) {
            OptionalInt predicate = config.cues().priorityAreaPredicate(sentence);
            for (String place : predicate.isEmpty() ? List.<String>of() : NameLists.places(sentence.substring(0, predicate.getAsInt()))) {
                closeOpen();
                emit(RecordDraft.of(RecordKind.PRIORITY_AREA, position(), place, block, sentence, sentence));
                any = true;
            }
        }
        return any;
    }

    private void tableRow(Block row) {
        if (tables.header(row)) {
            return;
        }
        if (!tables.inKnownTable()) {
            if (!TableReader.isTocRow(row)) {
                emit(RecordDraft.of(RecordKind.CONTEXT, position(), Sentences.label(row.text()), row,
                        String.join(" | ", row.cells()), row.rawText()));
            }
            return;
        }
        if (tables.continues(row, open)) {
            return;
        }
        closeOpen();
        // Kept open so that a continuation after a page break can still be merged into it.
        open = tables.row(row, position(), warnings);
    }

    // ---- emitting ----

    private Position position() {
        return new Position(outline.district(), theme, themeCategories, outline.section(), outline.goalPath());
    }

    private void emitContext(Block block) {
        emit(RecordDraft.of(RecordKind.CONTEXT, position(), Sentences.label(block.text()), block, block.text(), block.rawText()));
    }

    private void emit(RecordDraft draft) {
        closeOpen();
        finished.add(draft);
    }

    private void closeOpen() {
        if (open != null) {
            finished.add(open);
            open = null;
        }
    }
}
