/**
 * Researchers' access to published figures: tables pinned to past versions (Delta time travel by
 * version, timestamp or pipeline run), exports to files, and the archived page behind a capture.
 */
package org.civcred.research;
