#pragma once

// The body of every libFuzzer target as a plain function, so that the same code runs in two
// places: under libFuzzer (FuzzMain.cpp gives each executable its LLVMFuzzerTestOneInput) and in
// the ordinary test suite, which feeds every saved reproducer in tests/fuzz/regressions/<name>/
// and every seed in tests/fuzz/corpus/<corpus>/ through it (test_fuzz_regressions). A body
// returns 0; a broken invariant aborts, as libFuzzer expects.
#include <cstddef>
#include <cstdint>

namespace quarry::fuzz {

using Body = int (*)(const uint8_t* data, size_t size);

int textDecoder(const uint8_t* data, size_t size);
int textCleaner(const uint8_t* data, size_t size);
int docxReader(const uint8_t* data, size_t size);
int htmlReader(const uint8_t* data, size_t size);
int textReaders(const uint8_t* data, size_t size);
int projectOpen(const uint8_t* data, size_t size);
int projectWal(const uint8_t* data, size_t size);
int rulePack(const uint8_t* data, size_t size);
int scanner(const uint8_t* data, size_t size);
int scannerUtf8(const uint8_t* data, size_t size);
int jsonlImport(const uint8_t* data, size_t size);
int workerProtocol(const uint8_t* data, size_t size);

// What projectWal does to its input before SQLite sees it: the log header's magic, version and
// page size, every frame's salts and the checksum chain made valid, so that SQLite replays the
// frames as the fuzzer shaped them (test_fuzz_regressions checks that a changed frame is replayed).
void makeWalReplayable(char* wal, size_t size, uint32_t pageSize);
int hwpReader(const uint8_t* data, size_t size);
int hwpxReader(const uint8_t* data, size_t size);
int llmReply(const uint8_t* data, size_t size);

} // namespace quarry::fuzz
