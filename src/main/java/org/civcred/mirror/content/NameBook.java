package org.civcred.mirror.content;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invents filler people with names used nowhere else in the snapshot, so that the only people
 * shared by the two families are the planted ones. Names of the scenario are reserved up front.
 */
public final class NameBook {

    private final Pools pools;
    private final Random random;
    private final Set<String> used = new HashSet<>();

    public NameBook(Pools pools, Random random, Set<String> reserved) {
        this.pools = pools;
        this.random = random;
        this.used.addAll(reserved);
    }

    /** A fresh unique name. */
    public String name(String gender) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String name = draw(gender);
            if (name.length() >= 2 && used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("Name pools exhausted; add characters to mirror/pools.yaml");
    }

    /** A name drawn from the pools, which may have been drawn before: for people no truth tracks. */
    public String draw(String gender) {
        List<String> given = "女".equals(gender) ? pools.givenFemale() : pools.givenMale();
        String surname = pick(pools.surnames());
        return surname + pick(given) + (random.nextInt(10) < 7 ? pick(given) : "");
    }

    /** A filler person in the given region (or a random one when {@code region} is null). */
    public Human person(Region region, String category, int fromYear, int toYear) {
        String gender = random.nextInt(100) < 52 ? "女" : "男";
        Region where = region != null ? region : pick(pools.regions());
        String cat = category != null ? category : pick(Pools.CATEGORIES);
        YearMonth birth = YearMonth.of(fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12));
        return new Human(null, name(gender), gender, birth, where, pick(pools.towns()), pick(pools.villages()),
                pick(pools.jobs().get(cat)), cat);
    }

    public <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
