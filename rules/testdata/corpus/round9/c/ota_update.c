#include <stdio.h>
#include "ota.h"

#define STORAGE_KEY "f2i4t8tUPocT9iDveTqgLgMvVEw8YSu5OePxy0q2+hix/BY50Uk1o0mp2DelRnbB7KgyQHV1ts3I33Sh5M1Fcw=="

static const char *FW_URL =
    "https://stqnu3cxvag1.blob.core.windows.net/fw/fw-1.2.3.bin?"
    "sv=2026-04-06&se=2051-10-06T00%3A00%3A00Z&sr=b&sp=r"
    "&sig=GKK3G8ZVtoDM3KZoHNp8KamuyUoegEnYai6cjUnLwgM%3D";

int ota_check(void) {
    return http_get(FW_URL, ota_write_chunk);
}
