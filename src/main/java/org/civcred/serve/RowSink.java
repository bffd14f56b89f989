package org.civcred.serve;

import java.util.Map;

/** Receives rows one by one during a scan. */
@FunctionalInterface
public interface RowSink {

    /** Takes one row (column name → value); returns false to stop the scan early. */
    boolean accept(Map<String, Object> row);
}
