package org.civcred.mirror.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.civcred.config.Errors;

/**
 * The hand-authored planted cases of the mirror ({@code mirror/scenario.yaml}): persons on both
 * sides, distractors, republished-article clusters, cross-mentions and cities. Read once; the
 * generator adds filler around these cases and the ground truth reports them.
 */
public record Scenario(List<String> editions, List<String> tjhrMonths, List<Activity> activities,
                       List<Person> persons, List<Person> distractors, List<Cluster> articles,
                       List<ArticleDistractor> articleDistractors, List<CrossMention> crossMentions,
                       List<City> cities, List<GovBody> govBodies) {

    /** A zghr.wenming.cn candidate activity. */
    public record Activity(String id, String title, String start, String end, int total) { }

    /**
     * A planted person or a distractor. {@code mustNotMatch} and {@code why} are set for distractors;
     * {@code region} may be absent for distractors (their appearances carry the region).
     */
    public record Person(String id, String name, String gender, String birth, String region, String regionCode,
                         String category, String note, String why, List<String> mustNotMatch,
                         List<Appearance> appearances) {
        public List<String> mustNotMatch() {
            return mustNotMatch == null ? List.of() : mustNotMatch;
        }
    }

    /**
     * One planned appearance. {@code when} is a date, a month, a quarter (2019Q2), an activity number or
     * a 先进人物库 section name, depending on {@code at}. Optional overrides (birth, gender, regionCode)
     * describe a different person of the same name (the distractors' credit side).
     */
    public record Appearance(String at, String when, String name, String region, String category, String honour,
                             String court, String regionCode, String birth, String gender) { }

    /** A republished-article cluster. */
    public record Cluster(String id, String note, Origin origin, List<Republication> republications) { }

    /** Either a person's story ({@code person} + {@code at}) or a news item on a site column. */
    public record Origin(String person, String at, String site, String column, String date, String topic, String title) { }

    public record Republication(String site, String column, int lagDays, List<String> edits) { }

    /** Two same-template stories about different filler people, one per family. */
    public record ArticleDistractor(String id, String category, Place civ, Place credit) { }

    public record Place(String site, String column, String date) { }

    public record CrossMention(String site, String column, String date, String city, String phrase, String title) { }

    public record City(String code, String name, List<Integer> civilizedCityYears) { }

    public record GovBody(String name, String regionCode, String date, String court, String code) { }

    /** Loads the scenario shipped with civcred. */
    public static Scenario standard() {
        return load("/mirror/scenario.yaml", Scenario.class);
    }

    /** Reads a YAML resource of the mirror into a record tree (snake_case keys). */
    public static <T> T load(String resource, Class<T> type) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = Scenario.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw Errors.badInput("The mirror resource " + resource + " is missing from the classpath",
                        "Rebuild civcred; the resource ships in the jar", null);
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw Errors.badInput("The mirror resource " + resource + " cannot be read (" + e.getMessage() + ")",
                    "Fix the YAML syntax in src/main/resources" + resource, e);
        }
    }
}
