package org.civcred.jobs.overlap.cities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.civcred.jobs.overlap.MirrorDocuments;
import org.civcred.jobs.overlap.MirrorPipeline;
import org.civcred.mirror.GroundTruth;
import org.junit.jupiter.api.Test;

class OverlapCitiesMirrorTest {

    private final Map<String, Row> byCode = MirrorPipeline.get().table("overlap_cities").collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("city_code"), Function.identity()));

    @Test
    void everyCityOfTheGroundTruthHasItsTitleYearsListingsAndCrossMentions() {
        for (GroundTruth.City city : MirrorDocuments.truth().cities()) {
            Row row = byCode.get(city.code());
            String what = city.code() + " " + city.name();
            assertEquals(city.name(), row.getAs("city_name"), what);
            assertEquals(city.civilizedCityYears(), row.getList(row.fieldIndex("civilized_city_years")), what + " years");
            assertEquals(city.redEntries(), row.<Long>getAs("red_entries"), what + " red");
            assertEquals(city.blackEntries(), row.<Long>getAs("black_entries"), what + " black");
            assertEquals(city.govBodiesOnBlackLists(), row.<Long>getAs("gov_bodies_on_black_lists"), what + " gov");
            assertEquals(city.crossMentions(), row.<Long>getAs("cross_mentions"), what + " mentions");
        }
    }

    @Test
    void onlyTheAnnouncedCitiesCarryACivilizedCityTitle() {
        List<String> titled = byCode.values().stream().filter(r -> !r.getList(r.fieldIndex("civilized_city_years")).isEmpty())
                .map(r -> r.<String>getAs("city_code")).sorted().toList();
        List<String> expected = MirrorDocuments.truth().cities().stream().filter(c -> !c.civilizedCityYears().isEmpty())
                .map(GroundTruth.City::code).sorted().toList();
        assertEquals(expected, titled);
    }
}
