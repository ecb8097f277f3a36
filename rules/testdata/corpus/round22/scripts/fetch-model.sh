#!/bin/sh
# Pull the ranker model into the image at build time.
set -eu
MODEL_DIR=${MODEL_DIR:-/opt/ranker}
mkdir -p "$MODEL_DIR"

curl -fsSL -o "$MODEL_DIR/model.onnx" \
  "https://wtmlmodels03.blob.core.windows.net/models/ranker/v14/model.onnx?sv=2022-11-02&spr=https&se=2027-11-01T00%3A00%3A00Z&sr=b&sp=r&sig=JFL4vnRGC8fx%2Fag8D5U9OZE\
AQJyXTr0M0I6heApK%2BYQ%3D"

curl -fsSL -o "$MODEL_DIR/tokenizer.json" \
  "https://wtmlmodels03.blob.core.windows.net/models/ranker/v14/tokenizer.json?sv=2022-11-02&spr=https&se=2027-11-01T00%3A00%3A00Z&sr=b&sp=r&sig=${MODEL_SIG}"
