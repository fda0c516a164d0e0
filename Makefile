# Thin wrapper over CMake: `make run` and `make test` are the README's two
# commands. Both install missing Debian packages first.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: deps build run test bench bench-dask clean

deps:
	@scripts/install-deps

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

# The main job: every seed article -> out/claims.jsonl, out/conflicts.jsonl,
# out/report.html, out/report.md and the claim store out/suchi.db.
run: build
	$(BUILD)/suchi run seeds --out out

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

bench: build
	bench/corpus-bench $(BUILD)/suchi

# The distributed run (contrib/dask) against one machine: needs python3-distributed.
bench-dask: build
	bench/dask-bench $(BUILD)/suchi

clean:
	rm -rf $(BUILD)
