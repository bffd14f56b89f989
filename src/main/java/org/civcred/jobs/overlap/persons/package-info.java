/**
 * {@code overlap_persons}: civilization entities matched to credit entities with Fellegi–Sunter weights,
 * a term-frequency adjustment on the name, and the evidence of every match.
 *
 * <p>The model in one place:
 * <ul>
 *   <li>candidates ({@link org.civcred.jobs.overlap.persons.CandidatePairs}): the same normalised name, or
 *       the same surname, birth month and prefecture; skewed blocks are capped;</li>
 *   <li>comparisons ({@link org.civcred.jobs.overlap.persons.Comparison}): name, region, gender, birth month,
 *       category, order of the first dates, what the credit side lists (commendation or black list), keyed
 *       identity-number hash — each with the level {@code unknown} weighing zero;</li>
 *   <li>m probabilities: judgement, in {@code m-probabilities.properties}; u probabilities: estimated from a
 *       deterministic sample of random civilization × credit pairs
 *       ({@link org.civcred.jobs.overlap.persons.UEstimator}), and for an exact name the name's own frequency
 *       among all person entities (term frequency), floored by {@code overlap.persons.min-name-frequency};</li>
 *   <li>prior: {@code overlap.persons.expected-share} of the smaller side's entities are expected to have a
 *       counterpart; match weight = log2 prior odds + Σ log2(m/u); probability = 2^w / (1 + 2^w);</li>
 *   <li>threshold: {@code overlap.persons.threshold} on the probability.</li>
 * </ul>
 * A same-name person on a black list is kept out by the weights, not by a rule: being listed only as a court
 * defaulter is rare for a true match and common among credit entities, and such distractors also disagree
 * on region, gender or birth.
 */
package org.civcred.jobs.overlap.persons;
