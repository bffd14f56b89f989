package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civcred.mirror.content.Text;

/**
 * An article of a TRS column before rendering. Mutable only while the snapshot is planned
 * (related links are added when a later article points at it), then rendered once.
 */
public final class Article {

    private final Column column;
    private final LocalDate date;
    private final long id;
    private final Text text;
    private final String source;
    private final String author;
    private final List<Subject> subjects = new ArrayList<>();
    private final List<String[]> related = new ArrayList<>();

    public Article(Column column, LocalDate date, long id, Text text, String source, String author, Subject subject) {
        this.column = column;
        this.date = date;
        this.id = id;
        this.text = text;
        this.source = source;
        this.author = author;
        if (subject != null) {
            subjects.add(subject);
        }
    }

    public String url() {
        String ym = String.format("%04d%02d", date.getYear(), date.getMonthValue());
        String ymd = ym + String.format("%02d", date.getDayOfMonth());
        return column.host().base() + "/" + column.path() + "/" + ym + "/t" + ymd + "_" + id + "." + column.ext();
    }

    /** The link as a list page in the column writes it: {@code ./201801/t20180131_4578310.shtml}. */
    public String relativeUrl() {
        String prefix = column.host().base() + "/" + column.path() + "/";
        return "./" + url().substring(prefix.length());
    }

    public void addRelated(String title, String url) {
        related.add(new String[] {title, url});
    }

    public Column column() { return column; }
    public LocalDate date() { return date; }
    public long id() { return id; }
    public Text text() { return text; }
    public String title() { return text.title(); }
    public String source() { return source; }
    public String author() { return author; }
    public List<Subject> subjects() { return subjects; }
    public void addSubject(Subject s) { subjects.add(s); }
    public List<String[]> related() { return related; }
}
