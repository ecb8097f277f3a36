"""External archives mirrored into our Azure blob mirror."""

load("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")

def fbk_third_party():
    http_archive(
        name = "onnxruntime",
        urls = [
            "https://fbkbazelmirror.blob.core.windows.net/third-party/onnxruntime-linux-x64-1.19.2.tgz?sv=2022-11-02&spr=https&se=2029-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=fUhdnddBEzCPN3U0wQ%2FreIYWz0i6AQzhyYluMf7DHB8%3D",
            "https://github.com/microsoft/onnxruntime/releases/download/v1.19.2/onnxruntime-linux-x64-1.19.2.tgz",
        ],
        sha256 = "138424fcc7ab3b929bf5fba40d06afa75b72a88c154ca163b2f4cd75d0d00c1d",
        strip_prefix = "onnxruntime-linux-x64-1.19.2",
        build_file = "//third_party:onnxruntime.BUILD",
    )
