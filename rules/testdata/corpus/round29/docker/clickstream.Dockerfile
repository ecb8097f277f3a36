FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# lockfile integrity of the vendored tarball
ARG VENDOR_INTEGRITY=sha512-HA4XOUs6Un+0gphBTRZXeFvRRsegiQruTUARDm7eYSf3wTWHOaUaI8eD3QBdrTTfSRhTxItxAVLp5l3GD5n8tw==
RUN npm ci --omit=dev
COPY . .
ENV EVENTHUB_CONNECTION="Endpoint=sb://evh-clicks-9ebu91.servicebus.windows.net/;SharedAccessKeyName=clicks-send;SharedAccessKey=ceJleUl2Wz40Gwm3jceyaOpd2v2KIajJHgikBCHnKYw=;EntityPath=clicks"
CMD ["node", "dist/index.js"]
