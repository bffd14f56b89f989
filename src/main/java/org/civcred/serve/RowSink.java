package org.civcred.serve;

import java.util.Map;

/** Receives a scan's rows one by one. */
@FunctionalInterface
interface RowSink {

    /** Takes one row (column name → value); returns false to stop the scan early. */
    boolean accept(Map<String, Object> row);
}
