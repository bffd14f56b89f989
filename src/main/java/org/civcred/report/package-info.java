/** The self-contained HTML report: gold-table figures, headless charts as embedded PNGs, and how to cite them. */
package org.civcred.report;
