package org.civcred.jobs.resolve;

import java.sql.Date;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.civcred.jobs.extract.DocIds;
import org.civcred.text.NameNormalizer;

/**
 * One {@code entities} row from one resolved group, in the column order of {@code schemas/entities.json}.
 * Every value is derived in a fixed order (sorted, de-duplicated lists; the finest region; the earliest
 * date), so the same group always gives the same row.
 */
public final class EntityRows {

    private EntityRows() {
    }

    /** {@code family:sha1(smallest entry id)}: stable while the group keeps its smallest member. */
    public static String entityId(List<Member> group) {
        String smallest = group.stream().map(Member::entryId).min(Comparator.naturalOrder()).orElseThrow();
        return group.get(0).family() + ":" + DocIds.sha1(smallest);
    }

    public static Row row(List<Member> group, String runId) {
        Member first = group.get(0);
        Profile profile = group.stream().map(Profile::of).reduce(Profile::merge).orElseThrow();
        Member finest = group.stream().filter(m -> Objects.equals(m.regionCode(), profile.regionCode()))
                .findFirst().orElse(first);
        Date firstDate = group.stream().map(Member::listDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        boolean masked = group.stream().allMatch(Member::nameMasked);
        return RowFactory.create(entityId(group), first.family(), first.subjectType(), name(group), masked,
                distinct(group, Member::nameRaw), profile.gender(), profile.birthYm(), profile.regionCode(),
                finest.regionLevel(), finest.provinceCode(), finest.prefectureCode(), distinct(group, Member::category),
                distinct(group, Member::honour), distinct(group, Member::listKind), distinct(group, Member::listName),
                firstDate, distinct(group, Member::idHash), distinct(group, Member::entryId),
                distinct(group, Member::url), distinct(group, Member::captureId), runId);
    }

    /** The shared normalised name; for masked names, the normalised masked form (never empty). */
    static String name(List<Member> group) {
        return group.stream().map(Member::nameNorm).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElseGet(() -> group.stream().map(m -> NameNormalizer.normalize(m.nameRaw()))
                        .filter(s -> !s.isEmpty()).min(Comparator.naturalOrder())
                        .orElse(group.get(0).nameRaw()));
    }

    /** Sorted distinct values, as the Scala sequence a Spark row holds for an array column. */
    private static scala.collection.immutable.List<String> distinct(List<Member> group, Function<Member, String> value) {
        List<String> values = group.stream().map(value).filter(Objects::nonNull).distinct().sorted().toList();
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }
}
