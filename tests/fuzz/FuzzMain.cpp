// The libFuzzer entry point of one fuzz target: compiled once per executable with
// QUARRY_FUZZ_BODY naming the body in FuzzTargets.h (see quarry_add_fuzzer in CMakeLists.txt).
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return quarry::fuzz::QUARRY_FUZZ_BODY(data, size);
}
