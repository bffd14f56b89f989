/**
 * Data quality: declarative expectations per table, evaluated after every job (and on gold rows
 * before they are merged), recorded in {@code dq_results}, with hard failures stopping the run.
 */
package org.civcred.quality;
