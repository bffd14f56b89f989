package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontierJournalTest {

    @TempDir
    Path state;

    private static FrontierEntry entry(String url, int depth) {
        return new FrontierEntry(depth, "wenming", LinkKind.DETAIL, 0, CrawlRequest.get(url));
    }

    @Test
    void entriesWrittenByEarlierRunsReplayInOrderWithEveryField() throws Exception {
        FrontierEntry post = new FrontierEntry(2, "credit-tianjin", LinkKind.PAGINATION, 4,
                CrawlRequest.post("http://credit.example.cn/xygs/datalist.do", "pageNo=4&yzm="));
        try (FrontierJournal first = FrontierJournal.open(state.toUri().toString(), new Configuration(), Clock.systemUTC())) {
            first.append(List.of(entry("http://h/a", 0), post));
        }
        try (FrontierJournal second = FrontierJournal.open(state.toString(), new Configuration(), Clock.systemUTC())) {
            second.append(List.of(entry("http://h/b", 1)));
        }

        List<FrontierEntry> replayed = FrontierJournal.open(state.toString(), new Configuration(), Clock.systemUTC()).replay();

        assertEquals(List.of(entry("http://h/a", 0), post, entry("http://h/b", 1)), replayed);
        try (Stream<Path> files = Files.list(state.resolve("frontier"))) {
            assertEquals(2, files.filter(p -> p.toString().endsWith(".jsonl")).count(), "one segment per run");
        }
    }

    @Test
    void aLineTornByACrashIsSkipped() throws Exception {
        try (FrontierJournal j = FrontierJournal.open(state.toString(), new Configuration(), Clock.systemUTC())) {
            j.append(List.of(entry("http://h/a", 0)));
        }
        Path segment;
        try (Stream<Path> files = Files.list(state.resolve("frontier"))) {
            segment = files.findFirst().orElseThrow();
        }
        Files.writeString(segment, "{\"depth\":1,\"site\":\"w\",\"ki", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertEquals(List.of(entry("http://h/a", 0)),
                FrontierJournal.open(state.toString(), new Configuration(), Clock.systemUTC()).replay());
    }

    @Test
    void aMissingJournalReplaysAsEmptyAndNoFileIsWrittenForNothing() throws Exception {
        try (FrontierJournal j = FrontierJournal.open(state.resolve("new").toString(), new Configuration(), Clock.systemUTC())) {
            assertEquals(List.of(), j.replay());
            j.append(List.of());
        }
        try (Stream<Path> files = Files.list(state.resolve("new/frontier"))) {
            assertEquals(0, files.count());
        }
    }
}
