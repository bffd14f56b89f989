package org.civcred.mirror.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Applies a republisher's edits to a story: a title prefix, a dropped or added paragraph, an
 * editor's note, a changed source line, a few changed characters, a differently written name.
 * The edits keep most of the text, as real republications do (5-gram Jaccard stays above 0.7).
 */
public final class Republisher {

    /** The edited copy and its source line. */
    public record Edited(Text text, String source, String nameAsWritten) { }

    private static final String[][] SMALL_CHANGES = {
        {"多年来", "这些年来"}, {"乡亲们", "村民们"}, {"如今", "现在"}, {"照顾", "照料"}, {"默默", "始终"},
        {"群众", "百姓"}, {"坚持", "坚守"}, {"主动", "积极"}, {"毅然", "果断"}, {"会议", "会上"}};

    private final Pools pools;
    private final Random random;

    public Republisher(Pools pools, Random random) {
        this.pools = pools;
        this.random = random;
    }

    /**
     * @param edits  scenario edit codes: {@code prefix:X}, {@code drop_paragraph}, {@code add_paragraph},
     *               {@code editor_note}, {@code source:X}, {@code chars}, {@code name:X}
     * @param name   the name as the original writes it (for {@code name:X}), or null
     */
    public Edited apply(Text original, String originalSource, String name, List<String> edits) {
        String title = original.title();
        List<String> paragraphs = new ArrayList<>(original.paragraphs());
        String source = originalSource;
        String written = name;
        for (String edit : edits) {
            if (edit.startsWith("prefix:")) {
                title = edit.substring("prefix:".length()) + title;
            } else if (edit.equals("drop_paragraph")) {
                paragraphs.remove(paragraphs.size() / 2);
            } else if (edit.equals("add_paragraph")) {
                paragraphs.add(paragraphs.size() - 1, pools.addedParagraphs().get(random.nextInt(pools.addedParagraphs().size())));
            } else if (edit.equals("editor_note")) {
                String note = pools.editorNotes().get(random.nextInt(pools.editorNotes().size()));
                paragraphs.add(0, note.replace("{source}", originalSource));
            } else if (edit.startsWith("source:")) {
                source = edit.substring("source:".length());
            } else if (edit.equals("chars")) {
                changeCharacters(paragraphs);
            } else if (edit.startsWith("name:") && name != null) {
                written = edit.substring("name:".length());
                String from = name;
                String to = written;
                paragraphs.replaceAll(p -> p.replace(from, to));
                title = title.replace(from, to);
            } else {
                throw new IllegalArgumentException("Unknown republication edit '" + edit + "' in mirror/scenario.yaml");
            }
        }
        return new Edited(new Text(title, paragraphs), source, written);
    }

    private void changeCharacters(List<String> paragraphs) {
        int changed = 0;
        for (String[] change : SMALL_CHANGES) {
            for (int i = 0; i < paragraphs.size() && changed < 3; i++) {
                if (paragraphs.get(i).contains(change[0])) {
                    paragraphs.set(i, paragraphs.get(i).replaceFirst(change[0], change[1]));
                    changed++;
                    break;
                }
            }
        }
        if (changed == 0) {
            int last = paragraphs.size() - 1;
            paragraphs.set(last, paragraphs.get(last).replaceFirst("。", "！"));
        }
    }
}
