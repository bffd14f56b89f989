package org.civcred.synth;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.site.Article;

/**
 * Puts one block's people on its lists: planted persons on both families (name, region and
 * category written differently on the credit side, dated later), same-name distractor pairs (one
 * of the commonest names, one person per family, in provinces the other never uses), and filler;
 * then writes the persons and distractors to the ground truth.
 */
final class PeoplePlanner {

    private static final List<String> UYGHUR_GIVEN = List.of("买买提", "阿不都", "艾力", "玉素甫", "卡德尔", "依明", "吐尔洪", "艾买提",
            "古丽娜尔", "阿依古丽", "热依拉", "帕提古丽", "努尔", "米娜瓦尔", "祖丽菲亚", "热孜万");
    private static final List<String> UYGHUR_FATHER = List.of("吐尔逊", "艾力", "买买提", "阿布拉", "热合曼", "依沙克", "司马义", "尼亚孜",
            "克里木", "哈斯木", "吾守尔", "阿西木", "托乎提", "麦麦提", "肉孜", "沙吾提");

    private final SynthContext ctx;
    private final Set<String> uyghurUsed = new HashSet<>();

    PeoplePlanner(SynthContext ctx) {
        this.ctx = ctx;
    }

    void plan(long block, YearMonth month, BlockPlan plan, ListPages lists, ArticleBlock articles, KindPages kinds) throws IOException {
        List<ListRow> edition = new ArrayList<>();
        List<ListRow> zghr = new ArrayList<>();
        List<ListRow> black = new ArrayList<>();
        List<ListRow> reward = new ArrayList<>();
        List<ListRow> tjRed = new ArrayList<>();
        List<ListRow> tjBlack = new ArrayList<>();
        List<ListRow> tjHonour = new ArrayList<>();
        List<Human> planted = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        for (int i = 0; i < plan.overlap(); i++) {
            String route = i < plan.overlapReward() ? "reward" : i < plan.overlapReward() + plan.overlapTianjin() ? "tianjin-red" : "mixed";
            String id = "S" + block + "-P" + i;
            Human who = plantedPerson(id, route, i == 0);
            planted.add(who);
            routes.add(route);
            Article story = articles.story(who, who.name());
            edition.add(new ListRow(id, who, who.name(), who.region().cityCounty(), who.category(), month.atEndOfMonth(), story.url()));
            LocalDate later = month.atEndOfMonth().plusDays(20 + ctx.random.nextInt(400));
            String name = ctx.variants.variant(who.name(), ctx.random);
            Region r = who.region();
            switch (route) {
                case "reward" -> reward.add(new ListRow(id, who, name, r.province() + (ctx.random.nextBoolean() ? "\u3000" : "") + r.city(),
                        null, later, null));
                case "tianjin-red" -> {
                    tjRed.add(new ListRow(id, who, name, r.full(), categoryVariant(who.category()), later, null));
                    // 天津好人 are listed on tjwenming too, as the month's list names them.
                    tjHonour.add(new ListRow(id, who, who.name(), r.county(), who.category(), month.atEndOfMonth(), null));
                }
                default -> {
                    reward.add(new ListRow(id, who, name, r.province() + r.city(), null, later, null));
                    black.add(new ListRow(id, who, ctx.variants.variant(who.name(), ctx.random), r.province() + r.city(), court(),
                            later.plusDays(30 + ctx.random.nextInt(300)), null));
                }
            }
        }
        for (int i = 0; i < plan.editionFiller(); i++) {
            Human who = ctx.filler(null, Pools.CATEGORIES.get(i % 5));
            Article story = articles.story(who, who.name());
            edition.add(new ListRow(null, who, who.name(), who.region().cityCounty(), who.category(), month.atEndOfMonth(), story.url()));
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < plan.distractorPairs(); i++) {
            int k = (int) ((block * plan.distractorPairs() + i) % CommonNames.ALL.size());
            String name = CommonNames.ALL.get(k);
            String id = "S" + block + "-D" + i;
            Human civ = sameName(name, ctx.regionInHalf(k % 2, true), 1945, 1970);
            Human credit = sameName(name, ctx.regionInHalf(k % 2, false), 1971, 1996);
            zghr.add(new ListRow(id, civ, name, civ.region().full(), civ.category(), month.atEndOfMonth(), null));
            black.add(new ListRow(id, credit, name, credit.region().province() + credit.region().city(), court(),
                    month.atEndOfMonth().plusDays(ctx.random.nextInt(300)), null));
            pairs.add(new String[] {id, name});
        }
        fill(zghr, plan.zghrRows(), null, month, false);
        fill(black, plan.blackRows(), null, month, true);
        fill(reward, plan.rewardRows(), null, month, false);
        fill(tjRed, plan.tianjinRedRows(), "12", month, false);
        fill(tjBlack, plan.tianjinBlackRows(), "12", month, true);
        java.util.Collections.shuffle(zghr, ctx.random);
        java.util.Collections.shuffle(black, ctx.random);
        java.util.Collections.shuffle(reward, ctx.random);

        lists.edition(month, edition);
        if (block == 0) {
            kinds.xjrw(month, edition);
        }
        kinds.tjwenming(block, month, tjHonour, plan.tjwenmingRows());
        lists.zghr(month, zghr);
        long blocks = ctx.blocks;
        lists.blackApi(black, (int) (block * (plan.blackRows() / ListPages.API_PAGE)) + 1, blocks * plan.blackRows());
        lists.rewardApi(reward, (int) (block * (plan.rewardRows() / ListPages.API_PAGE)) + 1, blocks * plan.rewardRows());
        lists.tianjin(tjRed, "red", (int) (block * (plan.tianjinRedRows() / ListPages.TIANJIN_PAGE)) + 1, blocks * plan.tianjinRedRows());
        lists.tianjin(tjBlack, "black", (int) (block * (plan.tianjinBlackRows() / ListPages.TIANJIN_PAGE)) + 1, blocks * plan.tianjinBlackRows());

        for (int i = 0; i < planted.size(); i++) {
            Human who = planted.get(i);
            String id = "S" + block + "-P" + i;
            List<GroundTruth.Appearance> appearances = ctx.takeAppearances(id);
            Set<String> variants = new LinkedHashSet<>();
            appearances.forEach(a -> {
                if (!a.nameAsWritten().equals(who.name())) {
                    variants.add(a.nameAsWritten());
                }
            });
            ctx.truth.person(new GroundTruth.Person(id, who.name(), who.gender(), who.birth().toString(), who.region().full(),
                    who.region().code(), who.category(), appearances, List.copyOf(variants), "civilization edition, credit " + routes.get(i)));
        }
        for (String[] pair : pairs) {
            ctx.truth.distractor(new GroundTruth.Distractor(pair[0], pair[1], ctx.takeAppearances(pair[0]), List.of(),
                    "two different people named " + pair[1] + " in different provinces and generations"));
        }
        ctx.count("persons_on_both_families", planted.size());
        ctx.count("same_name_distractor_people", 2L * pairs.size());
    }

    private Human plantedPerson(String id, String route, boolean uyghur) {
        String category = Pools.CATEGORIES.get(ctx.random.nextInt(5));
        Region region = route.equals("tianjin-red") ? ctx.regionWithPrefix("12") : uyghur ? ctx.regionWithPrefix("65") : null;
        Human who = ctx.filler(region, category);
        if (uyghur) {
            for (int attempt = 0; attempt < 20; attempt++) {
                String name = UYGHUR_GIVEN.get(ctx.random.nextInt(UYGHUR_GIVEN.size())) + "·"
                        + UYGHUR_FATHER.get(ctx.random.nextInt(UYGHUR_FATHER.size()));
                if (uyghurUsed.add(name)) {
                    who = who.withName(name);
                    break;
                }
            }
        }
        return new Human(id, who.name(), who.gender(), who.birth(), who.region(), who.town(), who.village(), who.job(), who.category());
    }

    private Human sameName(String name, Region region, int from, int to) {
        return ctx.names.person(region, null, from, to).withName(name);
    }

    private void fill(List<ListRow> rows, int total, String regionPrefix, YearMonth month, boolean courtColumn) {
        while (rows.size() < total) {
            Human who = ctx.filler(regionPrefix == null ? null : ctx.regionWithPrefix(regionPrefix), null);
            String region = regionPrefix != null ? who.region().full() : courtColumn ? who.region().province() + who.region().city()
                    : who.region().full();
            rows.add(new ListRow(null, who, who.name(), region, courtColumn ? court() : categoryVariant(who.category()),
                    month.atDay(1).plusDays(ctx.random.nextInt(month.lengthOfMonth())), null));
        }
    }

    private String court() {
        return ctx.pools.courts().get(ctx.random.nextInt(ctx.pools.courts().size())).name();
    }

    private static String categoryVariant(String category) {
        return switch (category) {
            case "孝老爱亲" -> "孝老敬亲";
            case "敬业奉献" -> "爱岗敬业";
            default -> category;
        };
    }
}
