// libFuzzer's driver, linked in by `-sanitize=fuzzer` (libclang_rt.fuzzer). SwiftPM gives every executable its own
// `main`, so the fuzz targets call the driver themselves with their LLVMFuzzerTestOneInput function.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
