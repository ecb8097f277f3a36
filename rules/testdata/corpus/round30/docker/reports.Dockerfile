FROM python:3.12-slim
ARG REPORTS_ACCOUNT=dockbuildixhkb0
ARG REPORTS_KEY=NYjWxOpLGHz+qrdpT0uBDHgYYBsCt/ljkKNvCtS1kfzF+G7tKrjEapsjym4Rzcxh26JmLyTxt5WxwQQ9olmmlQ==
ENV AZURE_STORAGE_ACCOUNT=${REPORTS_ACCOUNT} \
    AZURE_STORAGE_KEY=${REPORTS_KEY}
RUN pip install --no-cache-dir azure-storage-blob==12.23.1
COPY reports/ /app/
RUN echo "sha256:b5fd21327efa2c972f7fdbbfe48e03248772e3df7ddcbb6ed99cde88ad95ff4e" > /app/.build-digest
CMD ["python", "/app/run.py"]
