package org.civcred.storage;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where the crawler puts what it fetched. {@link WarcStore} is the real one; tests may keep
 * records in memory. A write is all-or-nothing from the reader's point of view: recovery drops a
 * group whose closing metadata record is incomplete.
 */
public interface CaptureSink extends Closeable {

    /** Archives one attempt and returns where it landed. Thread-safe. */
    CaptureRef write(FetchRecord record) throws IOException;
}
