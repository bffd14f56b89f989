package org.civcred.jobs.overlap.terms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civcred.text.TextNormalizer;

/**
 * The terms of {@code terms/terms.tsv}, each with its group and variants, and the test of which
 * terms a text contains. Texts and terms are compared simplified, spaces removed, so 誠信 and
 * 诚 信 both count as 诚信.
 *
 * @param version the list's version
 * @param terms   the terms, unique by name
 */
public record Vocabulary(String version, List<Term> terms) implements Serializable {

    /** One term: counted when the text contains the term itself or any variant. */
    public record Term(String group, String term, List<String> forms) implements Serializable {
    }

    public Vocabulary {
        terms = List.copyOf(terms);
        Set<String> seen = new HashSet<>();
        for (Term t : terms) {
            if (!seen.add(t.term())) {
                throw new IllegalArgumentException("term listed twice: " + t.term());
            }
        }
    }

    /** The shipped list. */
    public static Vocabulary standard() {
        TermList list = TermList.load("terms.tsv");
        List<String> groups = list.column("group");
        List<String> names = list.column("term");
        List<String> variants = list.column("variants");
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<String> forms = new ArrayList<>();
            forms.add(comparable(names.get(i)));
            for (String v : variants.get(i).split("\\|")) {
                if (!v.isBlank()) {
                    forms.add(comparable(v));
                }
            }
            terms.add(new Term(groups.get(i), names.get(i), List.copyOf(forms)));
        }
        return new Vocabulary(list.version(), terms);
    }

    /** The terms the title or body contains, in list order. */
    public List<Term> foundIn(String title, String body) {
        String text = comparable((title == null ? "" : title) + "\n" + (body == null ? "" : body));
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            if (t.forms().stream().anyMatch(text::contains)) {
                out.add(t);
            }
        }
        return out;
    }

    private static String comparable(String s) {
        return TextNormalizer.simplify(TextNormalizer.cleanLine(s)).replace(" ", "");
    }
}
