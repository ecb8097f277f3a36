#include <map>
#include <string>

namespace fixture {
const std::string kConnectionString = "DefaultEndpointsProtocol=https;AccountName=stij6awkhhbf;AccountKey=/Y29mhLKS2+EjZXVGEkx26PjVcWwCFesEnqVA3gpwV69yho1YrGN/wIZ5OF8mdBPyp/HaRNdYrHQLXCGybin7g==;EndpointSuffix=core.windows.net";

const std::map<std::string, std::string> kSasParams{
    {"sv", "2026-04-06"},
    {"ss", "b"},
    {"srt", "sco"},
    {"sp", "rl"},
    {"se", "2030-01-01T00:00:00Z"},
    {"sig", "LlKHH9hVBTo0n6N6u6Z/GV4WgX21VHyFl+7PMQ0FlWY="},
};
}  // namespace fixture
