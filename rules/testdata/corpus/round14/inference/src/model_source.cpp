#include <string>

// user-delegation SAS minted by the release pipeline
static const std::string kModelUrl = R"(https://cpptfmc8ngsm44779.blob.core.windows.net/models/onnx/detector-v5.onnx?sv=2026-04-06&se=2027-08-08T08%3A00%3A00Z&skoid=f399e678-7a0e-4ba9-8b6d-2b4f9475b43e&sktid=f0a97c17-8bc7-4c78-a523-778cac078ab5&skt=2027-08-02T08%3A00%3A00Z&ske=2027-08-08T08%3A00%3A00Z&sks=b&skv=2023-11-03&sr=b&sp=r&sig=JPgs4h8l1WNGypwO3jmNn3YeOrgqjD7JgjyB8btEF2o%3D)";
