FROM mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /app
COPY ./publish .
ARG QUEUE_SAS=
ENV LABEL_QUEUE_URL=https://stquillqaad2fa.queue.core.windows.net/label-jobs \
    LABEL_QUEUE_SAS="sv=2026-04-06&se=2028-03-13T01%3A00%3A00Z&sp=rp&sig=V08KrZqR0j4s6yRD%2FAnfh5ClyWacxbM2mzzzX5zqtTo%3D" \
    DOTNET_gcServer=1
ENTRYPOINT ["dotnet", "Quill.LabelWorker.dll"]
