# FetchModels.cmake - downloads inference models at configure time
include_guard(GLOBAL)

set(FBK_MODEL_BASE "https://fbkcmakeassets.blob.core.windows.net/models")
string(CONCAT FBK_MODEL_SAS
  "sv=2022-11-02&spr=https"
  "&se=2027-09-30T00%3A00%3A00Z&sr=b&sp=r&sig=cHCFJpIwUXVIePyCdFEQnTmecwrNqtu0Z6Et%2BkWQou0%3D")

file(DOWNLOAD "${FBK_MODEL_BASE}/detector-v7.onnx?${FBK_MODEL_SAS}"
     "${CMAKE_BINARY_DIR}/models/detector-v7.onnx"
     EXPECTED_HASH SHA256=bc62e10c6d6fdd9337eae69141f4b1610e4f56d16cbe72ff2f00560c795e3c5f
     SHOW_PROGRESS)

if(FBK_LEGACY_MODEL)
  set(FBK_LEGACY_MODEL_URL "https://fbkcmakeassets.blob.core.windows.net/models/detector-v6.onnx?sv=2022-11-02&spr=https&se=2026-05-31T00%3A00%3A00Z&sr=b&sp=r&sig=xP5DHKfNw4PVUKxhZxSCpyh7IfmRgNfNlVGJAgfuPUg%3D")
  file(DOWNLOAD "${FBK_LEGACY_MODEL_URL}" "${CMAKE_BINARY_DIR}/models/detector-v6.onnx")
endif()
