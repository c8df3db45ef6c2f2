/**
 * Jazzer fuzz targets (issue 8 item 7), one {@code @FuzzTest} class per target so that each can
 * be fuzzed on its own: the extractor families ({@code XlsxFuzzTest}, {@code XlsbFuzzTest},
 * {@code XlsFuzzTest}, {@code OdsFuzzTest} for ods and fods, {@code CsvFuzzTest},
 * {@code PdfFuzzTest}), the type sniffer ({@code TypeSnifferFuzzTest}), the zip guard
 * ({@code ZipGuardFuzzTest}) and the whole engine on one file ({@code EngineFuzzTest}).
 *
 * <p>The property: no exception escapes (extractors may only throw {@code ExtractionException} or
 * {@code IOException}; the engine never throws, and an internal-error finding counts as a
 * failure); no PASS on input an independent reader cannot fully parse ({@link
 * io.foilint.fuzz.IndependentReaders}); bounded time (each input within
 * {@code -Dfoilint.fuzz.timeout} seconds, default 5) and memory (the test JVM's heap,
 * {@code -Dtest.heap}, default 1g, plus libFuzzer's {@code -rss_limit_mb} when fuzzing).
 *
 * <p>In a normal {@code mvn test}/{@code mvn verify} (no {@code JAZZER_FUZZ}) each target only
 * replays its seeds and saved findings from
 * {@code src/test/resources/io/foilint/fuzz/<Class>Inputs/fuzz/} as regression tests. To fuzz
 * one target for N minutes:
 *
 * <pre>
 * src/tools/fuzz/fuzz.sh Pdf 10     # JAZZER_FUZZ=1 mvn -o test -Dtest=io.foilint.fuzz.PdfFuzzTest ...
 * </pre>
 *
 * <p>The script passes libFuzzer's flags as {@code -Djazzer.internal.arg.N} (Jazzer 0.24 reads
 * them as JUnit configuration parameters; the first is the program name, later ones override the
 * {@code @FuzzTest(maxDuration)}): {@code -max_total_time}, {@code -rss_limit_mb},
 * {@code -timeout}. Findings land beside the seeds; see docs/benchmarks.md, "Fuzzing", for the
 * triage rule and the runs so far.
 */
package io.foilint.fuzz;
