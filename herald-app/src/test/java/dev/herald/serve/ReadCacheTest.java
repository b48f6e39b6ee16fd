package dev.herald.serve;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link ReadCache} keeps, for how long, and what it never keeps. */
class ReadCacheTest {
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String value) {
        computed.incrementAndGet();
        return value;
    }

    @Test
    void an_answer_is_computed_once_while_the_version_stays_and_again_after_it_changes() {
        ReadCache<String> cache = new ReadCache<>(version::get, String::length, 1000);
        assertThat(cache.get("/a", () -> compute("one"))).isEqualTo("one");
        assertThat(cache.get("/a", () -> compute("other"))).isEqualTo("one");
        assertThat(computed).hasValue(1);
        version.incrementAndGet();
        assertThat(cache.get("/a", () -> compute("two"))).isEqualTo("two");
        assertThat(computed).hasValue(2);
        assertThat(cache.counts()).containsExactly(1, 2);
    }

    @Test
    void a_failure_is_thrown_and_not_kept() {
        ReadCache<String> cache = new ReadCache<>(version::get, String::length, 1000);
        assertThatThrownBy(() -> cache.get("/missing", () -> {
            throw ApiError.notFound("no such thing");
        })).isInstanceOf(ApiError.class).hasMessage("no such thing");
        assertThat(cache.get("/missing", () -> compute("found now"))).isEqualTo("found now");
    }

    @Test
    void past_its_weight_a_generation_starts_again_empty() {
        ReadCache<String> cache = new ReadCache<>(version::get, String::length, 10);
        cache.get("/a", () -> compute("123456"));
        cache.get("/b", () -> compute("123456")); // 12 > 10: emptied
        cache.get("/a", () -> compute("123456"));
        assertThat(computed).hasValue(3);
        cache.get("/a", () -> compute("123456"));
        assertThat(computed).hasValue(3);
    }

    @Test
    void a_weight_of_zero_keeps_nothing() {
        ReadCache<String> cache = new ReadCache<>(version::get, String::length, 0);
        cache.get("/a", () -> compute("x"));
        cache.get("/a", () -> compute("x"));
        assertThat(computed).hasValue(2);
    }

    @Test
    void requests_missing_the_same_key_at_once_wait_for_one_computation() throws Exception {
        ReadCache<String> cache = new ReadCache<>(version::get, String::length, 1000);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> cache.get("/slow", () -> {
                computing.countDown();
                await(release);
                return compute("slow answer");
            }));
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(pool.submit(() -> cache.get("/slow", () -> compute("computed again"))));
            }
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("slow answer");
            for (Future<String> f : others) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("slow answer");
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
