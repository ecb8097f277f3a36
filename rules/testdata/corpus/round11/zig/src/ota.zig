const std = @import("std");

// Zig multiline string: lines are joined with '\n', trimmed by the caller
const firmware_url =
    \\https://stzv8e7r2cta.blob.core.windows.net/firmware/esp32/latest.bin?
    \\sv=2026-04-06&se=2026-11-25T08%3A00%3A00Z&sr=b&sp=r&sig=FQUp3CMHBbvFKC%2
    \\BKIzRiR7ZSSk31SF2lN51bfP1maVc%3D
;

pub fn firmwareUrl(alloc: std.mem.Allocator) ![]u8 {
    return std.mem.replaceOwned(u8, alloc, firmware_url, "\n", "");
}
