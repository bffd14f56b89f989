/**
 * Deterministic fault injection for the offline mirror: a spec of fault kinds and rates
 * ({@link org.civcred.mirror.fault.FaultSpec}), a plan that decides from (seed, request, attempt)
 * which response goes wrong and for how many attempts ({@link org.civcred.mirror.fault.FaultPlan}),
 * the handler layer and socket delivery that stage the faults, and the check that judges a crawl
 * made under them ({@link org.civcred.mirror.fault.FaultCheck}).
 */
package org.civcred.mirror.fault;
