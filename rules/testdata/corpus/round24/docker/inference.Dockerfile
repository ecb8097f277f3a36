# syntax=docker/dockerfile:1.7
FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
WORKDIR /app

ARG MODEL_URL="https://stmlmodelsnw.blob.core.windows.net/models/resnet50/v3/model.onnx?sv=2026-04-06&se=2029-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=lBF1MOeRYPdIkZ1xmVWRbO%2FEqCSYmN4MTu%2F4WG%2BDaX8%3D"
ENV AZURE_STORAGE_ACCOUNT=stmlmodelsnw \
    AZURE_STORAGE_KEY=AnFN2NV4UZuNpvSLQ8DQg+XFaA5CsjIk5lyyONxq0JxYWb4DrJ5pOhgKCNvIHLMaVB0qN/vOjCOpbfsrfFCYLw== \
    MODEL_CACHE=/models

RUN mkdir -p /models && curl -fsSL "$MODEL_URL" -o /models/model.onnx
COPY ./publish .
ENTRYPOINT ["dotnet", "Inference.Host.dll"]
