#include <sstream>
#include <string>
#include "iothub_device_client.h"

namespace fab::press {

// line 4 gateway -- keep in sync with the device twin
static const char* kConn = R"(HostName=fab-press-iothub.azure-devices.net;DeviceId=press-line-4;SharedAccessKey=W4ej/I0GfzZLqF3uhK/OPkJR+mIXbCe9WAIoTC32wQo=)";

std::string BuildMqttPassword() {
    std::ostringstream oss;
    oss << "SharedAccessSignature sr=" << "fab-press-iothub.azure-devices.net%2Fdevices%2Fpress-line-4" << "&sig=" << "D8gnbE%2BA51Nz9XtI6HfknmEGoOOK%2B7CN6dBHjB8PqEU%3D" << "&se=" << 1840752000;
    return oss.str();
}

// SHA-512 of the signed firmware manifest (base64), verified before flashing
constexpr const char kManifestDigest[] = "PsmyxRJtbhLxRrb8/5aC07cjzNdxFwxSbFC6l7B/CkNsEpMFViZOJMxLqJ5qtOl1+B3nWEpJ8nSvqgGHHOQOiQ==";

}  // namespace fab::press
