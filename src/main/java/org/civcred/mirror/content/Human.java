package org.civcred.mirror.content;

import java.time.YearMonth;

/**
 * Someone the mirror writes about: a planted person, a distractor, or filler.
 *
 * @param id       scenario id (P01, D03) or {@code null} for filler
 * @param category canonical 中国好人榜 category (孝老爱亲 …)
 */
public record Human(String id, String name, String gender, YearMonth birth, Region region, String town,
                   String village, String job, String category) {

    /** 他 or 她. */
    public String pronoun() {
        return "女".equals(gender) ? "她" : "他";
    }

    public Human withName(String newName) {
        return new Human(id, newName, gender, birth, region, town, village, job, category);
    }

    /** 1962年3月. */
    public String birthText() {
        return birth.getYear() + "年" + birth.getMonthValue() + "月";
    }
}
