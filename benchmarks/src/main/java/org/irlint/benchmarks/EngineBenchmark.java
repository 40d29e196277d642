package org.irlint.benchmarks;

import java.util.concurrent.TimeUnit;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code check} on tweet-length posts, one thread (one core), as sample time so JMH reports the median and
 * p99; {@code checkLong} on drafts longer than one post (a numbered thread, an essay pasted in), where the
 * length rule has to find where each post overflows; and engine construction, as single-shot time.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Threads(1)
public class EngineBenchmark {
    private Engine engine;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        engine = Engine.withDefaults();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Report check() {
        String post = SyntheticPosts.POSTS.get(next);
        next = (next + 1) % SyntheticPosts.POSTS.size();
        return engine.check(Draft.of(post));
    }

    /** Drafts of {@code chars} characters, joined from the synthetic posts: over X's limit, as threads are. */
    @State(Scope.Benchmark)
    public static class LongDrafts {
        @Param({"600", "2000"})
        public int chars;
        String[] drafts;
        int next;

        @Setup(Level.Trial)
        public void build() {
            drafts = new String[SyntheticPosts.POSTS.size()];
            for (int i = 0; i < drafts.length; i++) {
                StringBuilder draft = new StringBuilder();
                for (int k = i; draft.length() < chars; k++) {
                    draft.append(SyntheticPosts.POSTS.get(k % drafts.length)).append('\n');
                }
                drafts[i] = draft.substring(0, chars);
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Report checkLong(LongDrafts drafts) {
        String draft = drafts.drafts[drafts.next];
        drafts.next = (drafts.next + 1) % drafts.drafts.length;
        return engine.check(Draft.of(draft));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5)
    public Engine construct() {
        return Engine.withDefaults();
    }
}
