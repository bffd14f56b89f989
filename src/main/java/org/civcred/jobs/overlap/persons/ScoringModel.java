package org.civcred.jobs.overlap.persons;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.civcred.config.Errors;

/**
 * The Fellegi–Sunter model of {@code overlap_persons}.
 *
 * <p>For each {@link Comparison} level, m = P(level | same person) (from the resource
 * {@code m-probabilities.properties}) and u = P(level | different people) (estimated from the data,
 * {@link UEstimator}); the level's weight is log2(m/u), and {@link Comparison#UNKNOWN} weighs 0. The name
 * has a term-frequency adjustment: for an exact name, u is that name's own share among all person entities
 * other than the two compared (they are what is being tested), so agreeing on 王伟 counts for far less than
 * agreeing on a rare name. A name seen nowhere else gets {@code minNameFrequency}: a data set cannot show a
 * frequency below one in its size, while real full names are far rarer than one in a few thousand.
 * Match weight = log2 of the prior odds + the sum of the weights; probability = 2^w / (1 + 2^w).
 *
 * @param priorLog2Odds log2(λ / (1 − λ)), λ the probability that a random civilization–credit pair is a match
 * @param nameTotal        person entities counted for the name frequencies
 * @param minNameFrequency the u of an exact name seen on no other entity
 */
public record ScoringModel(Map<Comparison, Map<String, Double>> m, Map<Comparison, Map<String, Double>> u,
                           double priorLog2Odds, long nameTotal, double minNameFrequency) implements Serializable {

    private static final String M_RESOURCE = "org/civcred/jobs/overlap/persons/m-probabilities.properties";
    private static final double SUM_TOLERANCE = 1e-6;

    public ScoringModel {
        m = new EnumMap<>(m);
        u = new EnumMap<>(u);
    }

    /** A comparison's outcome on one pair. */
    public record Outcome(Comparison comparison, String level, double m, double u, double weight, boolean tf) {
    }

    /**
     * The prior: {@code expectedShare} of the smaller side's entities are expected to have a counterpart,
     * among all civilization × credit pairs.
     */
    public static double priorLog2Odds(double expectedShare, long civEntities, long creditEntities) {
        double pairs = Math.max(1.0, (double) civEntities * creditEntities);
        double matches = Math.max(1e-9, expectedShare * Math.min(civEntities, creditEntities));
        double lambda = Math.min(0.5, matches / pairs);
        return log2(lambda / (1 - lambda));
    }

    /** m per comparison level, from the model resource; every level present, each comparison summing to 1. */
    public static Map<Comparison, Map<String, Double>> defaultM() {
        Properties p = new Properties();
        try (InputStream in = ScoringModel.class.getClassLoader().getResourceAsStream(M_RESOURCE)) {
            if (in == null) {
                throw Errors.usage("No resource " + M_RESOURCE, "The overlap_persons model needs its m probabilities");
            }
            p.load(in);
        } catch (IOException e) {
            throw Errors.badInput("Cannot read " + M_RESOURCE, "Fix the resource", e);
        }
        Map<Comparison, Map<String, Double>> m = new EnumMap<>(Comparison.class);
        for (Comparison c : Comparison.values()) {
            Map<String, Double> levels = new HashMap<>();
            double sum = 0;
            for (String level : c.levels()) {
                String value = p.getProperty(c.id() + "." + level);
                if (value == null) {
                    throw Errors.usage(M_RESOURCE + " lacks " + c.id() + "." + level, "Give every level an m probability");
                }
                levels.put(level, Double.parseDouble(value.trim()));
                sum += levels.get(level);
            }
            if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
                throw Errors.usage(M_RESOURCE + ": the levels of " + c.id() + " sum to " + sum, "Make them sum to 1");
            }
            m.put(c, levels);
        }
        return m;
    }

    /** One comparison's outcome; {@code nameCount}: person entities with the pair's name, the pair included. */
    public Outcome outcome(Comparison c, String level, long nameCount) {
        if (Comparison.UNKNOWN.equals(level)) {
            return new Outcome(c, level, 1.0, 1.0, 0.0, false);
        }
        double mValue = m.get(c).get(level);
        boolean tf = c == Comparison.NAME && "exact".equals(level) && nameTotal > 0;
        double uValue = tf ? nameFrequency(nameCount) : u.get(c).get(level);
        return new Outcome(c, level, mValue, uValue, log2(mValue / uValue), tf);
    }

    /** The name's share among the person entities other than the pair's two, never below the floor. */
    public double nameFrequency(long nameCount) {
        return Math.max(minNameFrequency, Math.max(0, nameCount - 2) / (double) nameTotal);
    }

    /** Match weight of a set of outcomes. */
    public double matchWeight(Iterable<Outcome> outcomes) {
        double w = priorLog2Odds;
        for (Outcome o : outcomes) {
            w += o.weight();
        }
        return w;
    }

    public static double probability(double matchWeight) {
        return 1.0 / (1.0 + Math.pow(2.0, -matchWeight));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Fixed formatting for the evidence JSON, so reruns write identical strings. */
    static String number(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }
}
