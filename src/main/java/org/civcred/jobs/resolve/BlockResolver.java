package org.civcred.jobs.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves one block (entries of one family sharing a name) into subjects: the connected components of
 * the "compatible" relation, built so that no component ever holds two entries that disagree.
 *
 * <p>How: every compatible pair is a candidate link; links are taken strongest first (most attributes
 * stated and equal; ties by entry ids, so the result never depends on input order), and a link joins two
 * groups only when the groups' merged {@link Profile}s are still compatible. Plain transitive closure
 * would let an entry that states little (a list row with only a province) chain a 1962-born woman and a
 * 1979-born woman of the same name into one person; here that entry joins the one it agrees with most.
 * Work is quadratic in the block size, which the caller caps.
 */
public final class BlockResolver {

    private BlockResolver() {
    }

    /** Groups of members, each sorted by entry id; groups ordered by their first entry id. */
    public static List<List<Member>> resolve(List<Member> block) {
        List<Member> members = new ArrayList<>(block);
        members.sort(Comparator.comparing(Member::entryId));
        int n = members.size();
        int[] parent = new int[n];
        Profile[] profiles = new Profile[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            profiles[i] = Profile.of(members.get(i));
        }
        List<int[]> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (profiles[i].compatible(profiles[j])) {
                    links.add(new int[] {i, j, profiles[i].agreement(profiles[j])});
                }
            }
        }
        links.sort(Comparator.<int[]>comparingInt(l -> -l[2]).thenComparingInt(l -> l[0]).thenComparingInt(l -> l[1]));
        Profile[] groupProfile = profiles.clone();
        for (int[] link : links) {
            int a = root(parent, link[0]);
            int b = root(parent, link[1]);
            if (a != b && groupProfile[a].compatible(groupProfile[b])) {
                int keep = Math.min(a, b);
                int drop = Math.max(a, b);
                parent[drop] = keep;
                groupProfile[keep] = groupProfile[keep].merge(groupProfile[drop]);
            }
        }
        Map<Integer, List<Member>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(members.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
