package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;
import org.junit.jupiter.api.Test;

class HostSchedulerTest {

    private final HostScheduler scheduler = new HostScheduler(Clock.systemUTC());

    private static Pending pending(String url) {
        return new Pending(new FrontierEntry(0, "s", LinkKind.DETAIL, 0, CrawlRequest.get(url)), 1);
    }

    @Test
    void aBusyHostIsSkippedAndAnotherHostServed() throws Exception {
        scheduler.add(pending("http://a.cn/1"));
        scheduler.add(pending("http://a.cn/2"));
        scheduler.add(pending("http://b.cn/1"));

        HostScheduler.Dispatch first = scheduler.take();
        HostScheduler.Dispatch second = scheduler.take();

        assertEquals("a.cn", first.host());
        assertEquals("b.cn", second.host(), "a.cn has a request in flight");
        assertEquals(2, scheduler.inFlight());
    }

    @Test
    void theNextRequestToAHostWaitsForItsReleaseDelay() throws Exception {
        scheduler.add(pending("http://a.cn/1"));
        scheduler.add(pending("http://a.cn/2"));
        HostScheduler.Dispatch first = scheduler.take();
        scheduler.release(first.host(), Duration.ofMillis(120));

        long start = System.nanoTime();
        HostScheduler.Dispatch second = scheduler.take();

        assertEquals("http://a.cn/2", second.pending().entry().url());
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(115));
    }

    @Test
    void takeReturnsNullOnceNothingIsQueuedOrInFlight() throws Exception {
        scheduler.add(pending("http://a.cn/1"));
        HostScheduler.Dispatch d = scheduler.take();
        CompletableFuture<HostScheduler.Dispatch> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return scheduler.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        assertTrue(!waiting.isDone(), "a request in flight may still discover work");

        scheduler.release(d.host(), Duration.ZERO);

        assertNull(waiting.get(2, TimeUnit.SECONDS));
    }

    @Test
    void aStoppedHostKeepsItsQueueAndGetsNothing() throws Exception {
        scheduler.add(pending("http://a.cn/1"));
        scheduler.add(pending("http://a.cn/2"));
        scheduler.stop("a.cn");

        assertNull(scheduler.take());
        assertEquals(2, scheduler.queued());
        assertEquals(HostState.STOPPED, scheduler.view().get(0).state());
    }

    @Test
    void aRestingHostIsShownAsSuchUntilItsRestEnds() throws Exception {
        scheduler.add(pending("http://a.cn/1"));
        scheduler.rest("a.cn", Duration.ofMillis(100));

        assertEquals(HostState.RESTING, scheduler.view().get(0).state());
        long start = System.nanoTime();
        scheduler.take();
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(95));
    }
}
