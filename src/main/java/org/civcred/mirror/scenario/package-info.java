/** The mirror's hand-authored planted cases, read from {@code mirror/scenario.yaml}; internal to the mirror. */
package org.civcred.mirror.scenario;
