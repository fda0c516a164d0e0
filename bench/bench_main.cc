// Entry point of the Google Benchmark binary; benchmarks live per stage.
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
