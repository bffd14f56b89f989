package org.civcred.jobs.overlap.mentions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.civcred.jobs.overlap.terms.TermList;
import org.civcred.text.TextNormalizer;

/**
 * The phrases by which a page of one family names the other programme, and the scan for them.
 *
 * <p>A page is scanned in its title and body, simplified first so that a page in traditional
 * characters still matches. Every phrase is looked for on its own, so nested phrases are all
 * reported (创建全国文明城市 and 全国文明城市). The snippet is the text around the first match,
 * {@value #SNIPPET_RADIUS} characters either side, on one line.
 *
 * @param version the phrase list's version
 * @param phrases the phrases, each with the family of the pages that may say it
 */
public record CrossMentionPhrases(String version, List<Phrase> phrases) implements Serializable {

    /** Characters kept on either side of a match in the snippet. */
    public static final int SNIPPET_RADIUS = 30;

    /** One phrase: {@code direction} is the family of the page, {@code program} the programme it names. */
    public record Phrase(String direction, String phrase, String program) implements Serializable {
    }

    /** One phrase found on one page. */
    public record Match(String phrase, String program, String snippet) {
    }

    public CrossMentionPhrases {
        phrases = List.copyOf(phrases);
    }

    /** The shipped list, {@code terms/cross-mentions.tsv}. */
    public static CrossMentionPhrases standard() {
        TermList list = TermList.load("cross-mentions.tsv");
        List<String> directions = list.column("direction");
        List<String> texts = list.column("phrase");
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String direction = directions.get(i);
            String program = switch (direction) {
                case "credit" -> "civilization";
                case "civilization" -> "credit";
                default -> throw new IllegalArgumentException(list.resource() + ": unknown direction " + direction);
            };
            phrases.add(new Phrase(direction, TextNormalizer.simplify(texts.get(i)), program));
        }
        return new CrossMentionPhrases(list.version(), phrases);
    }

    /** The phrases a page of {@code family} contains, in list order; none for an unknown family. */
    public List<Match> scan(String family, String title, String body) {
        String text = TextNormalizer.cleanLine((title == null ? "" : title) + "\n" + (body == null ? "" : body));
        String simplified = TextNormalizer.simplify(text);
        // Simplification keeps the length almost always; when it does not, the snippet is cut from the simplified text.
        String source = simplified.length() == text.length() ? text : simplified;
        List<Match> out = new ArrayList<>();
        for (Phrase p : phrases) {
            if (!p.direction().equals(family)) {
                continue;
            }
            int at = simplified.indexOf(p.phrase());
            if (at >= 0) {
                int from = Math.max(0, at - SNIPPET_RADIUS);
                int to = Math.min(source.length(), at + p.phrase().length() + SNIPPET_RADIUS);
                out.add(new Match(p.phrase(), p.program(), source.substring(from, to)));
            }
        }
        return out;
    }
}
